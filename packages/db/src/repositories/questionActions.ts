import { asc, eq } from 'drizzle-orm';
import type { QuestionAction } from '@leercyclus/domain';
import type { Queryable } from '../database.js';
import { questionActionEffects, questionActions } from '../schema/index.js';

/** A process's question actions with their effects, by question number: as its workflow last recorded them. */
export async function actionsByQuestion(
  q: Queryable,
  processId: string,
): Promise<Map<number, QuestionAction[]>> {
  const [actions, effects] = await Promise.all([
    q
      .select()
      .from(questionActions)
      .where(eq(questionActions.processId, processId))
      .orderBy(asc(questionActions.number), asc(questionActions.actionNumber)),
    q
      .select()
      .from(questionActionEffects)
      .where(eq(questionActionEffects.processId, processId))
      .orderBy(asc(questionActionEffects.position)),
  ]);
  const byQuestion = new Map<number, QuestionAction[]>();
  for (const row of actions) {
    const list = byQuestion.get(row.number) ?? [];
    list.push({
      number: row.actionNumber,
      text: row.text,
      takenBy: row.takenBy,
      startsOn: row.startsOn,
      recordedBy: row.recordedBy,
      recordedAt: row.recordedAt.toISOString(),
      effects: effects
        .filter((effect) => effect.number === row.number && effect.actionNumber === row.actionNumber)
        .map((effect) => ({
          text: effect.text,
          observedOn: effect.observedOn,
          judgedBy: effect.judgedBy,
          helped: effect.helped,
          recordedBy: effect.recordedBy,
          recordedAt: effect.recordedAt.toISOString(),
        })),
    });
    byQuestion.set(row.number, list);
  }
  return byQuestion;
}
