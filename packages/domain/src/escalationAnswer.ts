import type { LearningQuestion } from './agenda.js';
import type { Decision } from './escalation.js';
import type { Obstacle } from './groupState.js';

/**
 * The question with a management table's decision on it, or undefined when the escalation is not this
 * question's or was answered already. "Needs information" opens the question again for the cycle to sharpen.
 */
export function answeredQuestion(
  question: LearningQuestion,
  escalationId: string,
  decision: Decision,
): LearningQuestion | undefined {
  if (question.escalation?.id !== escalationId || question.escalation.decision) return undefined;
  return {
    ...question,
    escalation: { ...question.escalation, decision },
    status: decision.outcome === 'needsInformation' ? 'open' : 'answered',
    updatedAt: decision.decidedAt,
  };
}

/**
 * The obstacle with a management table's decision on it, or undefined when the escalation is not this
 * obstacle's or was answered already. "Needs information" opens it again for the group.
 */
export function answeredObstacle(
  obstacle: Obstacle,
  escalationId: string,
  decision: Decision,
): Obstacle | undefined {
  if (obstacle.escalation?.id !== escalationId || obstacle.escalation.decision) return undefined;
  return {
    ...obstacle,
    escalation: { ...obstacle.escalation, decision },
    status: decision.outcome === 'needsInformation' ? 'open' : 'answered',
  };
}
