import { sql } from 'drizzle-orm';
import { date, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import type { CaseRecord } from '@leercyclus/domain';
import { instant } from './columns.js';
import { programmes } from './programmes.js';

/** A pseudonymised case: a case code and facts about it, never a name or a birth date. */
export const cases = pgTable(
  'cases',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    programmeId: text('programme_id')
      .notNull()
      .references(() => programmes.id),
    code: text('code').notNull(),
    district: text('district').notNull(),
    novelty: text('novelty').$type<CaseRecord['novelty']>().notNull(),
    ageGroup: text('age_group').$type<CaseRecord['ageGroup']>().notNull(),
    themes: text('themes').array().$type<CaseRecord['themes']>().notNull(),
    broughtInByOrganisation: text('brought_in_by_organisation').notNull(),
    broughtInByRole: text('brought_in_by_role').notNull(),
    methodSteps: text('method_steps').array().$type<CaseRecord['methodSteps']>().notNull(),
    counterfactualCare: text('counterfactual_care').$type<CaseRecord['counterfactual']['care']>().notNull(),
    /** The amount at registration: a later change of the standard amounts does not rewrite past reports. */
    counterfactualAmountEur: integer('counterfactual_amount_eur').notNull(),
    doneInstead: text('done_instead').array().$type<CaseRecord['doneInstead']>().notNull(),
    notes: text('notes'),
    status: text('status').$type<CaseRecord['status']>().notNull().default('open'),
    closeReason: text('close_reason').$type<NonNullable<CaseRecord['closed']>['reason']>(),
    closedOn: date('closed_on', { mode: 'string' }),
    closeNote: text('close_note'),
    registeredAt: instant('registered_at')
      .notNull()
      .default(sql`now()`),
    registeredBy: text('registered_by').notNull(),
    updatedAt: instant('updated_at')
      .notNull()
      .default(sql`now()`),
    /**
     * When retention took its code and notes (docs/data-protection.md): the code is then `#<id>`, which no client
     * can type, and the row counts in the programme's figures without pointing at a family.
     */
    anonymisedAt: instant('anonymised_at'),
  },
  (t) => [unique('cases_programme_code_key').on(t.programmeId, t.code)],
);
