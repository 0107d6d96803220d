import { and, eq } from 'drizzle-orm';
import { actionsOf, type LearningQuestion } from '@leercyclus/domain';
import type { Tx } from '../database.js';
import { instantOf } from '../instantOf.js';
import { questionActionEffects, questionActions } from '../schema/index.js';

/**
 * A question's actions and their effects as its latest snapshot holds them. The workflow only ever adds, so
 * rewriting them keeps every action's and effect's own dates: the agenda on an earlier day reads those.
 */
export async function writeQuestionActions(
  tx: Tx,
  key: { processId: string; number: number },
  question: LearningQuestion,
): Promise<void> {
  const actions = actionsOf(question);
  await tx
    .delete(questionActions)
    .where(and(eq(questionActions.processId, key.processId), eq(questionActions.number, key.number)));
  if (actions.length === 0) return;
  await tx.insert(questionActions).values(
    actions.map((action) => ({
      ...key,
      actionNumber: action.number,
      text: action.text,
      takenBy: action.takenBy,
      startsOn: action.startsOn,
      recordedBy: action.recordedBy,
      recordedAt: instantOf(action.recordedAt),
    })),
  );
  const effects = actions.flatMap((action) =>
    action.effects.map((effect, position) => ({
      ...key,
      actionNumber: action.number,
      position,
      text: effect.text,
      observedOn: effect.observedOn,
      judgedBy: effect.judgedBy,
      helped: effect.helped,
      recordedBy: effect.recordedBy,
      recordedAt: instantOf(effect.recordedAt),
    })),
  );
  if (effects.length > 0) await tx.insert(questionActionEffects).values(effects);
}
