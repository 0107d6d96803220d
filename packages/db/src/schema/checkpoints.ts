import {
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { Checkpoint, Evaluation, Reminder } from '@leercyclus/domain';
import { instant } from './columns.js';
import { processId } from './processes.js';

/** An evaluation checkpoint: owner, due moment, and how far its reminder cadence has gone. */
export const checkpoints = pgTable(
  'checkpoints',
  {
    processId: processId(),
    checkpointId: text('checkpoint_id').notNull(),
    title: text('title').notNull(),
    owner: text('owner').notNull(),
    dueAt: instant('due_at').notNull(),
    cadence: jsonb('cadence').$type<Checkpoint['cadence']>().notNull(),
    status: text('status').$type<Checkpoint['status']>().notNull(),
    slotsHandled: integer('slots_handled').notNull(),
    remindersSent: integer('reminders_sent').notNull(),
    /** When it went to a management table for staying overdue, and that escalation with its decision. */
    escalatedAt: instant('escalated_at'),
    escalation: jsonb('escalation').$type<NonNullable<Checkpoint['escalation']>>(),
  },
  (t) => [
    primaryKey({ columns: [t.processId, t.checkpointId] }),
    index('checkpoints_open_due_idx')
      .on(t.dueAt)
      .where(sql`${t.status} <> 'submitted'`),
  ],
);

const checkpointKey = () => ({ processId: processId(), checkpointId: text('checkpoint_id').notNull() });
const ofCheckpoint = (t: { processId: AnyPgColumn; checkpointId: AnyPgColumn }) =>
  foreignKey({
    columns: [t.processId, t.checkpointId],
    foreignColumns: [checkpoints.processId, checkpoints.checkpointId],
  }).onDelete('cascade');

/** The joint evaluation submitted at a checkpoint. */
export const evaluations = pgTable(
  'evaluations',
  {
    ...checkpointKey(),
    sharpenedQuestions: jsonb('sharpened_questions').$type<Evaluation['sharpenedQuestions']>().notNull(),
    notes: text('notes').notNull(),
    submittedBy: text('submitted_by').notNull(),
    submittedAt: instant('submitted_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.processId, t.checkpointId] }), ofCheckpoint(t)],
);

/** The development goals (ontwikkeldoelen) an evaluation set, in its order. */
export const developmentGoals = pgTable(
  'development_goals',
  {
    ...checkpointKey(),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    owner: text('owner'),
  },
  (t) => [
    primaryKey({ columns: [t.processId, t.checkpointId, t.position] }),
    foreignKey({
      columns: [t.processId, t.checkpointId],
      foreignColumns: [evaluations.processId, evaluations.checkpointId],
    }).onDelete('cascade'),
  ],
);

/** The reminders a process sent; each is mailed to its recipient as a message (schema/messages.ts). */
export const reminders = pgTable(
  'reminders',
  {
    processId: processId(),
    reminderId: text('reminder_id').notNull(),
    checkpointId: text('checkpoint_id').notNull(),
    checkpointTitle: text('checkpoint_title').notNull(),
    kind: text('kind').$type<Reminder['kind']>().notNull(),
    recipient: text('recipient').notNull(),
    sentBy: text('sent_by'),
    queuedAt: instant('queued_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.processId, t.reminderId] })],
);
