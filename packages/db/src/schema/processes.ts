import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { DistrictSlot, WeeklySlot } from '@leercyclus/domain';
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
    /** The launch's client request id: a repeated launch is recognised here once Temporal has forgotten it. */
    requestId: text('request_id'),
    // What the cycle's page shows besides its rows, kept for when Temporal has forgotten the closed cycle.
    launchedBy: text('launched_by'),
    managementTable: text('management_table'),
    blackoutDates: date('blackout_dates', { mode: 'string' })
      .array()
      .notNull()
      .default(sql`'{}'::date[]`),
    programmeTeam: jsonb('programme_team').$type<WeeklySlot>(),
    questionCategories: text('question_categories').array(),
    escalateOverdueAfterDays: integer('escalate_overdue_after_days'),
    closedAt: instant('closed_at'),
    closedBy: text('closed_by'),
    closeReason: text('close_reason'),
    /** Outcomes of action-learning groups the cycle has put on its agenda, by outcome id. */
    groupOutcomes: text('group_outcomes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Workflow time of the first write: when the process started, as far as the record knows. */
    firstRecordedAt: instant('first_recorded_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    // A programme's cycle number is taken once, whatever Temporal still remembers (groups have no number).
    uniqueIndex('processes_programme_number_key').on(t.programmeId, t.number),
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
