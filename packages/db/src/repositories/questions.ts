import { and, asc, eq, inArray } from 'drizzle-orm';
import type { LearningQuestion } from '@leercyclus/domain';
import type { Queryable } from '../database.js';
import { learningQuestions, questionReformulations } from '../schema/index.js';
import { actionsByQuestion } from './questionActions.js';

/** A process's learning questions as its workflow last recorded them, by number, with their earlier wordings and their actions. */
export async function questionsOf(
  q: Queryable,
  processId: string,
  statuses?: readonly LearningQuestion['status'][],
): Promise<LearningQuestion[]> {
  const [rows, wordings, actions] = await Promise.all([
    q
      .select()
      .from(learningQuestions)
      .where(
        and(
          eq(learningQuestions.processId, processId),
          statuses ? inArray(learningQuestions.status, [...statuses]) : undefined,
        ),
      )
      .orderBy(asc(learningQuestions.number)),
    q
      .select()
      .from(questionReformulations)
      .where(eq(questionReformulations.processId, processId))
      .orderBy(asc(questionReformulations.number), asc(questionReformulations.position)),
    actionsByQuestion(q, processId),
  ]);
  return rows.map((row) => ({
    number: row.number,
    text: row.text,
    district: row.district,
    raisedIn: row.raisedIn,
    raisedBy: row.raisedBy,
    raisedAt: row.raisedAt.toISOString(),
    occurrenceId: row.occurrenceId,
    level: row.level,
    category: row.category,
    status: row.status,
    responsible: row.responsible,
    reformulations: wordings
      .filter((wording) => wording.number === row.number)
      .map((wording) => ({ text: wording.text, at: wording.at.toISOString(), by: wording.by })),
    lesson: row.lesson,
    carriedFrom:
      row.carriedFromProcessId !== null && row.carriedFromNumber !== null
        ? { cycleId: row.carriedFromProcessId, number: row.carriedFromNumber }
        : null,
    escalation: row.escalation,
    // As the workflow holds it: a question that never had an action has no list of them.
    ...(actions.has(row.number) ? { actions: actions.get(row.number) } : {}),
    updatedAt: row.updatedAt.toISOString(),
  }));
}
