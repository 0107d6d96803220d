import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { auditOperations } from '@leercyclus/domain';
import { instant } from './columns.js';

/** Filled in by the database's chain trigger, whatever an insert sends (docs/data-protection.md#audit-trail). */
const byTheTrigger = () => sql`default`;

/**
 * Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE, and the runtime role may only insert and read):
 * per event who did what to which record, when, in which capacity and from where — reads of case and person data
 * included, as NEN 7513 asks of care systems. Each entry's hash covers its content and the previous entry's hash,
 * so an entry changed or removed afterwards breaks the chain (`npm run audit:verify`).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    /** Assigned by the trigger under its lock, so ids follow the chain. */
    id: bigint('id', { mode: 'number' }).primaryKey().$defaultFn(byTheTrigger),
    at: instant('at')
      .notNull()
      .default(sql`now()`),
    actor: text('actor').notNull(),
    /** The capacity in which the actor was let through: `coordinator@programme:proeftuin`, comma-separated. */
    onBehalfOf: text('on_behalf_of'),
    operation: text('operation', { enum: auditOperations }).notNull(),
    action: text('action').notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    clientAddress: text('client_address'),
    /** A fingerprint of the session or token the request carried (`session:…`, `token:…`), never the secret. */
    session: text('session'),
    userAgent: text('user_agent'),
    /** The previous entry's hash; null for the first entry. */
    prevHash: text('prev_hash'),
    hash: text('hash').notNull().$defaultFn(byTheTrigger),
  },
  (t) => [
    index('audit_log_record_idx').on(t.recordType, t.recordId),
    index('audit_log_at_idx').on(t.at),
    index('audit_log_actor_idx').on(t.actor, t.id),
    check(
      'audit_log_operation_known',
      sql`${t.operation} in (${sql.raw(auditOperations.map((operation) => `'${operation}'`).join(', '))})`,
    ),
  ],
);

/** Every workflow event applied to the record: what makes a retried write a no-op. */
export const appliedEvents = pgTable('applied_events', {
  eventId: text('event_id').primaryKey(),
  appliedAt: instant('applied_at')
    .notNull()
    .default(sql`now()`),
});
