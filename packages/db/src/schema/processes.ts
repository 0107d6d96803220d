import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { DistrictSlot } from '@leercyclus/domain';
import { instant } from './columns.js';

/** One row per cycle or group, written only by its workflow; the workflow id is the natural key. */
export const processes = pgTable(
  'processes',
  {
    workflowId: text('workflow_id').primaryKey(),
    kind: text('kind').$type<'learningCycle' | 'actionLearningGroup'>().notNull(),
    /** Null for a group outside any programme. */
    programmeId: text('programme_id'),
    /** The cycle's number within its programme; null for a group. */
    number: integer('number'),
    title: text('title').notNull(),
    status: text('status').$type<'running' | 'closed'>().notNull(),
    districts: text('districts')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    districtSlots: jsonb('district_slots').$type<DistrictSlot[]>().notNull().default([]),
    timeZone: text('time_zone').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    overdueCheckpoints: integer('overdue_checkpoints').notNull().default(0),
    nextEventAt: instant('next_event_at'),
    /** Workflow time of the first write: when the process started, as far as the record knows. */
    firstRecordedAt: instant('first_recorded_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    index('processes_programme_idx').on(t.programmeId, t.number),
    check('processes_cycle_has_programme', sql`${t.kind} <> 'learningCycle' or ${t.programmeId} is not null`),
    // The cycle and group lists: newest first within a kind.
    index('processes_listing_idx').on(t.kind, t.firstRecordedAt.desc(), t.workflowId.desc()),
  ],
);

/** The parent key of every row a process owns. */
export const processId = () =>
  text('process_id')
    .notNull()
    .references(() => processes.workflowId, { onDelete: 'cascade' });
