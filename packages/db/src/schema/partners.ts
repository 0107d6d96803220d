import { sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import type { PartnerKind, PartnerRing } from '@leercyclus/domain';
import { instant } from './columns.js';

export const partnerOrganisations = pgTable('partner_organisations', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull(),
  /** The name as attendance is matched against it (see organisationKey). */
  nameKey: text('name_key').notNull().unique(),
  kind: text('kind').$type<PartnerKind>().notNull(),
  ring: text('ring').$type<PartnerRing>().notNull(),
  updatedAt: instant('updated_at')
    .notNull()
    .default(sql`now()`),
});
