import { foreignKey, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { LearningQuestion } from '@leercyclus/domain';
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
