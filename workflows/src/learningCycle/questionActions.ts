import {
  actionsOf,
  type AddQuestionActionInput,
  type CycleState,
  type LearningQuestion,
  type QuestionAction,
  type RecordActionEffectInput,
} from '@leercyclus/domain/workflow';
import { refuse } from '../shared/commandErrors.js';
import { findQuestion } from './agenda.js';

/** Actions are kept while a question is worked on here; a carried-over one is worked on in the next cycle. */
function workedOnHere(question: LearningQuestion): void {
  if (question.status === 'carriedOver') {
    throw refuse(
      'invalid',
      `questionNumber: question ${question.number} was carried over; record its actions in the next cycle`,
    );
  }
}

export function validateAddQuestionAction(state: CycleState, input: AddQuestionActionInput): void {
  workedOnHere(findQuestion(state, input.questionNumber));
}

/** A new action takes the next number on its question. */
export function addQuestionAction(
  state: CycleState,
  input: AddQuestionActionInput,
  by: string,
  now: number,
): LearningQuestion {
  const question = findQuestion(state, input.questionNumber);
  const at = new Date(now).toISOString();
  const actions = actionsOf(question);
  const action: QuestionAction = {
    number: actions.reduce((max, a) => Math.max(max, a.number), 0) + 1,
    text: input.text,
    takenBy: input.takenBy,
    startsOn: input.startsOn,
    recordedBy: by,
    recordedAt: at,
    effects: [],
  };
  question.actions = [...actions, action];
  question.updatedAt = at;
  return question;
}

function findAction(question: LearningQuestion, number: number): QuestionAction {
  const action = actionsOf(question).find((a) => a.number === number);
  if (!action) {
    throw refuse('notFound', `actionNumber: question ${question.number} has no action ${number}`);
  }
  return action;
}

export function validateRecordActionEffect(state: CycleState, input: RecordActionEffectInput): void {
  const question = findQuestion(state, input.questionNumber);
  workedOnHere(question);
  const action = findAction(question, input.actionNumber);
  if (input.observedOn < action.startsOn) {
    throw refuse(
      'invalid',
      `observedOn: the effect cannot be seen before the action started (${action.startsOn})`,
    );
  }
}

/** An effect is added to the action's effects: "too early" now and "yes" later both stay on record. */
export function recordActionEffect(
  state: CycleState,
  input: RecordActionEffectInput,
  by: string,
  now: number,
): LearningQuestion {
  const question = findQuestion(state, input.questionNumber);
  const action = findAction(question, input.actionNumber);
  const at = new Date(now).toISOString();
  action.effects.push({
    text: input.text,
    observedOn: input.observedOn,
    judgedBy: input.judgedBy,
    helped: input.helped,
    recordedBy: by,
    recordedAt: at,
  });
  question.updatedAt = at;
  return question;
}
