import type { LearningQuestion } from './agenda.js';
import type { GroupOutcome } from './groupState.js';

/**
 * Whether a group's outcome answers this question of cycle `cycleId`: the question the group took up, asked
 * here, or carried over to here from the cycle that asked it (a carried question keeps its number).
 */
export function outcomeConcerns(
  outcome: GroupOutcome,
  cycleId: string,
  question: Pick<LearningQuestion, 'number' | 'carriedFrom'>,
): boolean {
  if (question.number !== outcome.questionNumber) return false;
  return cycleId === outcome.cycleId || question.carriedFrom?.cycleId === outcome.cycleId;
}

/** The lesson a group's outcome puts on the question it took up, naming the group and what was embedded. */
function groupLesson(outcome: GroupOutcome): string {
  const embedded = outcome.embedded.length > 0 ? ` Embedded: ${outcome.embedded.join('; ')}.` : '';
  return `${outcome.lessons.join(' ')} (action-learning group ${outcome.groupSlug}).${embedded}`;
}

/**
 * The question answered with a group's lesson, or undefined when the outcome is not about this question or the
 * question holds that lesson already (a repeated delivery changes nothing).
 */
export function answeredByGroup(
  question: LearningQuestion,
  cycleId: string,
  outcome: GroupOutcome,
  at: string,
): LearningQuestion | undefined {
  if (!outcomeConcerns(outcome, cycleId, question)) return undefined;
  const lesson = groupLesson(outcome);
  if (question.status === 'answered' && question.lesson === lesson) return undefined;
  return { ...question, lesson, status: 'answered', updatedAt: at };
}
