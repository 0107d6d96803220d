import { date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { ActionEffect, LearningQuestion } from '@leercyclus/domain';
import { instant } from './columns.js';
import { processId } from './processes.js';

/** A question on a process's learning agenda; its number is stable across versions of the agenda. */
export const learningQuestions = pgTable(
  'learning_questions',
  {
    processId: processId(),
    number: integer('number').notNull(),
    text: text('text').notNull(),
    district: text('district'),
    raisedIn: text('raised_in').$type<LearningQuestion['raisedIn']>().notNull(),
    raisedBy: text('raised_by').notNull(),
    raisedAt: instant('raised_at').notNull(),
    occurrenceId: text('occurrence_id'),
    level: text('level').$type<LearningQuestion['level']>().notNull(),
    category: text('category').notNull(),
    status: text('status').$type<LearningQuestion['status']>().notNull(),
    responsible: text('responsible'),
    lesson: text('lesson'),
    carriedFromProcessId: text('carried_from_process_id'),
    carriedFromNumber: integer('carried_from_number'),
    /** The latest escalation to a management table, as the question knows it, with the answer once back. */
    escalation: jsonb('escalation').$type<LearningQuestion['escalation']>(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.processId, t.number] }),
    index('learning_questions_category_idx').on(t.category),
    index('learning_questions_status_idx').on(t.status),
  ],
);

/** Earlier wordings of a question, oldest first. */
export const questionReformulations = pgTable(
  'question_reformulations',
  {
    processId: processId(),
    number: integer('number').notNull(),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    at: instant('at').notNull(),
    by: text('by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.processId, t.number, t.position] }),
    foreignKey({
      columns: [t.processId, t.number],
      foreignColumns: [learningQuestions.processId, learningQuestions.number],
    }).onDelete('cascade'),
  ],
);

/** What was tried on a question: by whom, from when; numbered within the question. */
export const questionActions = pgTable(
  'question_actions',
  {
    processId: processId(),
    number: integer('number').notNull(),
    actionNumber: integer('action_number').notNull(),
    text: text('text').notNull(),
    takenBy: text('taken_by').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: instant('recorded_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.processId, t.number, t.actionNumber] }),
    foreignKey({
      name: 'question_actions_question_fk',
      columns: [t.processId, t.number],
      foreignColumns: [learningQuestions.processId, learningQuestions.number],
    }).onDelete('cascade'),
  ],
);

/** The effects observed of an action, oldest first: a later judgement is added, none replaced. */
export const questionActionEffects = pgTable(
  'question_action_effects',
  {
    processId: processId(),
    number: integer('number').notNull(),
    actionNumber: integer('action_number').notNull(),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    observedOn: date('observed_on', { mode: 'string' }).notNull(),
    judgedBy: text('judged_by').notNull(),
    helped: text('helped').$type<ActionEffect['helped']>().notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: instant('recorded_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.processId, t.number, t.actionNumber, t.position] }),
    foreignKey({
      name: 'question_action_effects_action_fk',
      columns: [t.processId, t.number, t.actionNumber],
      foreignColumns: [questionActions.processId, questionActions.number, questionActions.actionNumber],
    }).onDelete('cascade'),
  ],
);

/**
 * Each version of a question as its workflow reported it, at the workflow's time: the agenda as it stood on any
 * earlier day is the latest version of each question up to that day.
 */
export const questionVersions = pgTable(
  'question_versions',
  {
    processId: processId(),
    number: integer('number').notNull(),
    at: instant('at').notNull(),
    question: jsonb('question').$type<LearningQuestion>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.processId, t.number, t.at] }),
    foreignKey({
      name: 'question_versions_question_fk',
      columns: [t.processId, t.number],
      foreignColumns: [learningQuestions.processId, learningQuestions.number],
    }).onDelete('cascade'),
  ],
);
