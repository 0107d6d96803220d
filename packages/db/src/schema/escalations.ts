import { integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { EscalationSource } from '@leercyclus/domain';
import { instant } from './columns.js';

/** A question or system issue put before a management table; filled by the management-table workflow. */
export const escalations = pgTable('escalations', {
  id: text('id').primaryKey(),
  managementTable: text('management_table').notNull(),
  sourceProcessId: text('source_process_id').notNull(),
  /** Where its answer goes: the question, checkpoint or obstacle that raised it. */
  source: jsonb('source').$type<EscalationSource>(),
  questionNumber: integer('question_number'),
  subject: text('subject').notNull(),
  status: text('status').notNull(),
  level: integer('level').notNull().default(1),
  raisedBy: text('raised_by').notNull(),
  raisedAt: instant('raised_at').notNull(),
  dueAt: instant('due_at'),
  updatedAt: instant('updated_at').notNull(),
});

/** A management table's answer to an escalation. */
export const decisions = pgTable('decisions', {
  escalationId: text('escalation_id')
    .primaryKey()
    .references(() => escalations.id, { onDelete: 'cascade' }),
  outcome: text('outcome').$type<'accepted' | 'declined' | 'referred' | 'needsInformation'>().notNull(),
  text: text('text').notNull(),
  decidedBy: text('decided_by').notNull(),
  decidedAt: instant('decided_at').notNull(),
});
