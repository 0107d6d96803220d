import {
  answeredQuestion,
  type Checkpoint,
  type CycleState,
  type EscalateQuestionInput,
  type EscalationAnswer,
  type EscalationRequest,
  type EscalationWording,
  type LearningQuestion,
} from '@leercyclus/domain/workflow';
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
  idPrefix: string,
  wording: EscalationWording | null = null,
) {
  const raisedAt = new Date(now).toISOString();
  const id = `${idPrefix}/question-${question.number}@${raisedAt}`;
  question.status = 'escalated';
  question.escalation = {
    id,
    table,
    why,
    raisedAt,
    raisedBy: by,
    decision: null,
    ...(wording ? { wording } : {}),
  };
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
    ...(wording ? { wording } : {}),
    raisedBy: by,
    raisedAt,
    history: [],
  };
  return request;
}

export function escalateQuestion(
  state: CycleState,
  input: EscalateQuestionInput,
  by: string,
  now: number,
  idPrefix: string,
) {
  const question = findQuestion(state, input.questionNumber);
  const table = input.table ?? state.managementTable!;
  const request = escalate(state, question, table, input.why, by, now, idPrefix);
  return { question, request };
}

/** At closing, open questions at organisation or system level cannot be solved in practice: they go up. */
export function escalateSystemQuestions(
  state: CycleState,
  now: number,
  idPrefix: string,
  worded: () => boolean,
) {
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
        idPrefix,
        worded() ? { code: 'openAtCycleEnd', cycleNumber: state.number } : null,
      ),
    }));
}

/** Checkpoints overdue past the cycle's limit go to the management table, once. */
export function escalateOverdueCheckpoints(
  state: CycleState,
  now: number,
  idPrefix: string,
  worded: () => boolean,
): EscalationRequest[] {
  if (!state.managementTable) return [];
  const requests: EscalationRequest[] = [];
  for (const checkpoint of state.checkpoints) {
    if (checkpoint.status !== 'overdue' || checkpoint.escalatedAt) continue;
    if (now - Date.parse(checkpoint.dueAt) < state.escalateOverdueAfterDays * dayMs) continue;
    const raisedAt = new Date(now).toISOString();
    const id = `${idPrefix}/${checkpoint.id}`;
    checkpoint.escalatedAt = raisedAt;
    // Processes from before ids per execution chain keep their checkpoints as they were.
    if (idPrefix !== state.cycleId) {
      checkpoint.escalation = { id, table: state.managementTable, raisedAt, decision: null };
    }
    requests.push({
      id,
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
      ...(worded()
        ? {
            wording: {
              code: 'checkpointOverdue' as const,
              checkpointTitle: checkpoint.title,
              cycleNumber: state.number,
              daysOverdue: state.escalateOverdueAfterDays,
              owner: checkpoint.owner,
              remindersSent: checkpoint.remindersSent.length,
            },
          }
        : {}),
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
 * The table's answer lands where its escalation came from: a question (here, or carried over from the cycle
 * that raised it) — "needs information" reopens it, any other decision answers it — or an overdue checkpoint,
 * which keeps the decision. A repeated delivery changes nothing.
 */
export function applyAnswer(
  state: CycleState,
  answer: EscalationAnswer,
): { question?: LearningQuestion; checkpoint?: Checkpoint } | undefined {
  const checkpoint = state.checkpoints.find((c) => c.escalation?.id === answer.escalationId);
  if (checkpoint?.escalation) {
    if (checkpoint.escalation.decision) return undefined;
    checkpoint.escalation = { ...checkpoint.escalation, decision: answer.decision };
    return { checkpoint };
  }
  const index = state.questions.findIndex((q) => q.escalation?.id === answer.escalationId);
  const question = state.questions[index];
  const answered = question && answeredQuestion(question, answer.escalationId, answer.decision);
  if (!answered) return undefined;
  state.questions[index] = answered;
  return { question: answered };
}
