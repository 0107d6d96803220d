import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { Occurrence } from '@leercyclus/domain';
import { instant } from './columns.js';
import { processId } from './processes.js';

type OccurrenceChange = NonNullable<Occurrence['change']>;

/** A dated session, meeting or gathering of a process, with its attendance once it was held and recorded. */
export const occurrences = pgTable(
  'occurrences',
  {
    processId: processId(),
    occurrenceId: text('occurrence_id').notNull(),
    kind: text('kind').$type<Occurrence['kind']>().notNull(),
    district: text('district'),
    date: date('date', { mode: 'string' }).notNull(),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    status: text('status').$type<Occurrence['status']>().notNull(),
    change: jsonb('change').$type<OccurrenceChange>(),
    /** How many times it was moved: a calendar's SEQUENCE, so a subscribed or invited calendar takes the new time. */
    moves: integer('moves').notNull().default(0),
    swtProfessionals: integer('swt_professionals'),
    partnerProfessionals: integer('partner_professionals'),
    parentsOrGuardians: integer('parents_or_guardians'),
    questionNumbers: integer('question_numbers').array(),
    notes: text('notes'),
    recordedBy: text('recorded_by'),
    recordedAt: instant('recorded_at'),
  },
  (t) => [primaryKey({ columns: [t.processId, t.occurrenceId] }), index('occurrences_date_idx').on(t.date)],
);

const occurrenceKey = () => ({ processId: processId(), occurrenceId: text('occurrence_id').notNull() });
const ofOccurrence = (t: { processId: AnyPgColumn; occurrenceId: AnyPgColumn }) =>
  foreignKey({
    columns: [t.processId, t.occurrenceId],
    foreignColumns: [occurrences.processId, occurrences.occurrenceId],
  }).onDelete('cascade');

/** Partner organisations present at an occurrence, by the name the monitor recorded. */
export const occurrenceOrganisations = pgTable(
  'occurrence_organisations',
  {
    ...occurrenceKey(),
    /** Matches partner_organisations.name_key (see organisationKey). */
    organisationKey: text('organisation_key').notNull(),
    organisation: text('organisation').notNull(),
    /** Where the monitor listed it, so the page lists them as recorded. */
    position: integer('position'),
  },
  (t) => [
    primaryKey({ columns: [t.processId, t.occurrenceId, t.organisationKey] }),
    ofOccurrence(t),
    index('occurrence_organisations_key_idx').on(t.organisationKey),
  ],
);

/** Case codes brought in at an occurrence. */
export const occurrenceCases = pgTable(
  'occurrence_cases',
  { ...occurrenceKey(), caseCode: text('case_code').notNull(), position: integer('position') },
  (t) => [
    primaryKey({ columns: [t.processId, t.occurrenceId, t.caseCode] }),
    ofOccurrence(t),
    index('occurrence_cases_code_idx').on(t.caseCode),
  ],
);
