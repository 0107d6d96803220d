import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';

/**
 * Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE): per event what happened, when, to which record,
 * by which user and on whose behalf — reads of case data included, as NEN 7513 asks of care systems.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: instant('at')
      .notNull()
      .default(sql`now()`),
    actor: text('actor').notNull(),
    onBehalfOf: text('on_behalf_of'),
    action: text('action').notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('audit_log_record_idx').on(t.recordType, t.recordId), index('audit_log_at_idx').on(t.at)],
);

/** Every workflow event applied to the record: what makes a retried write a no-op. */
export const appliedEvents = pgTable('applied_events', {
  eventId: text('event_id').primaryKey(),
  appliedAt: instant('applied_at')
    .notNull()
    .default(sql`now()`),
});
