import {
  answeredQuestion,
  type CycleState,
  type EscalateQuestionInput,
  type EscalationAnswer,
  type EscalationRequest,
  type LearningQuestion,
} from '@leercyclus/domain';
import { refuse } from '../shared/commandErrors.js';
import { findQuestion } from './agenda.js';

const dayMs = 86_400_000;

export function validateEscalateQuestion(state: CycleState, input: EscalateQuestionInput): void {
  const question = findQuestion(state, input.questionNumber);
  if (question.status !== 'open' && question.status !== 'exploring') {
    throw refuse(
      'invalid',
      `questionNumber: question ${question.number} is ${question.status}; only open questions go up`,
    );
  }
  if (!input.table && !state.managementTable) {
    throw refuse('invalid', 'table: this cycle has no management table; name the table to escalate to');
  }
}

function escalate(
  state: CycleState,
  question: LearningQuestion,
  table: string,
  why: string,
  by: string,
  now: number,
) {
  const raisedAt = new Date(now).toISOString();
  const id = `${state.cycleId}/question-${question.number}@${raisedAt}`;
  question.status = 'escalated';
  question.escalation = { id, table, why, raisedAt, raisedBy: by, decision: null };
  question.updatedAt = raisedAt;
  const request: EscalationRequest = {
    id,
    table,
    source: {
      kind: 'cycleQuestion',
      processId: state.cycleId,
      programmeId: state.programmeId,
      questionNumber: question.number,
      checkpointId: null,
      obstacleId: null,
    },
    text: question.text,
    why,
    raisedBy: by,
    raisedAt,
    history: [],
  };
  return request;
}

export function escalateQuestion(state: CycleState, input: EscalateQuestionInput, by: string, now: number) {
  const question = findQuestion(state, input.questionNumber);
  const request = escalate(state, question, input.table ?? state.managementTable!, input.why, by, now);
  return { question, request };
}

/** At closing, open questions at organisation or system level cannot be solved in practice: they go up. */
export function escalateSystemQuestions(state: CycleState, now: number) {
  if (!state.managementTable) return [];
  return state.questions
    .filter(
      (q) =>
        (q.status === 'open' || q.status === 'exploring') &&
        (q.level === 'organisation' || q.level === 'system'),
    )
    .map((question) => ({
      question,
      request: escalate(
        state,
        question,
        state.managementTable!,
        'Open at the end of the cycle; a question for the organisation or system.',
        'system',
        now,
      ),
    }));
}

/** Checkpoints overdue past the cycle's limit go to the management table, once. */
export function escalateOverdueCheckpoints(state: CycleState, now: number): EscalationRequest[] {
  if (!state.managementTable) return [];
  const requests: EscalationRequest[] = [];
  for (const checkpoint of state.checkpoints) {
    if (checkpoint.status !== 'overdue' || checkpoint.escalatedAt) continue;
    if (now - Date.parse(checkpoint.dueAt) < state.escalateOverdueAfterDays * dayMs) continue;
    const raisedAt = new Date(now).toISOString();
    checkpoint.escalatedAt = raisedAt;
    requests.push({
      id: `${state.cycleId}/${checkpoint.id}`,
      table: state.managementTable,
      source: {
        kind: 'cycleCheckpoint',
        processId: state.cycleId,
        programmeId: state.programmeId,
        questionNumber: null,
        checkpointId: checkpoint.id,
        obstacleId: null,
      },
      text: `Evaluation "${checkpoint.title}" of cycle ${state.number} is ${state.escalateOverdueAfterDays} days overdue`,
      why: `Owner ${checkpoint.owner} has been reminded ${checkpoint.remindersSent.length} times.`,
      raisedBy: 'system',
      raisedAt,
      history: [],
    });
  }
  return requests;
}

/** When the next escalation check of an overdue checkpoint falls. */
export function nextCheckpointEscalation(state: CycleState): number | undefined {
  if (!state.managementTable) return undefined;
  const pending = state.checkpoints
    .filter((c) => c.status === 'overdue' && !c.escalatedAt)
    .map((c) => Date.parse(c.dueAt) + state.escalateOverdueAfterDays * dayMs);
  return pending.length > 0 ? Math.min(...pending) : undefined;
}

/**
 * The table's answer lands on the question it concerns (here, or carried over from the cycle that raised it):
 * "needs information" reopens it, any other decision answers it. A repeated delivery changes nothing.
 */
export function applyAnswer(state: CycleState, answer: EscalationAnswer): LearningQuestion | undefined {
  const index = state.questions.findIndex((q) => q.escalation?.id === answer.escalationId);
  const question = state.questions[index];
  const answered = question && answeredQuestion(question, answer.escalationId, answer.decision);
  if (answered) state.questions[index] = answered;
  return answered;
}
