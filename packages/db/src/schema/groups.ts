import { index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { GroupOutcome, Obstacle } from '@leercyclus/domain';
import { instant } from './columns.js';
import { processId } from './processes.js';

/** An obstacle an action-learning group raised, with its escalation and the table's decision once back. */
export const groupObstacles = pgTable(
  'group_obstacles',
  {
    processId: processId(),
    obstacleId: text('obstacle_id').notNull(),
    text: text('text').notNull(),
    level: text('level').$type<Obstacle['level']>().notNull(),
    raisedBy: text('raised_by').notNull(),
    raisedAt: instant('raised_at').notNull(),
    iteration: integer('iteration').notNull(),
    status: text('status').$type<Obstacle['status']>().notNull(),
    escalation: jsonb('escalation').$type<NonNullable<Obstacle['escalation']>>(),
  },
  (t) => [primaryKey({ columns: [t.processId, t.obstacleId] })],
);

/**
 * What a completed group sends back to the cycle question it took up, kept whether or not a cycle took it: a
 * cycle launched later carries it along. Stored before it is delivered, possibly before the group's own row
 * reached the record, so it names the group without referring to its row.
 */
export const groupOutcomes = pgTable(
  'group_outcomes',
  {
    outcomeId: text('outcome_id').primaryKey(),
    groupId: text('group_id').notNull(),
    /** The cycle whose question the group took up, and that question's number. */
    cycleId: text('cycle_id').notNull(),
    questionNumber: integer('question_number').notNull(),
    outcome: jsonb('outcome').$type<GroupOutcome>().notNull(),
    completedAt: instant('completed_at').notNull(),
  },
  (t) => [index('group_outcomes_question_idx').on(t.cycleId, t.questionNumber)],
);
