import {
  answeredByGroup,
  outcomeConcerns,
  type AddQuestionInput,
  type CycleState,
  type GroupOutcome,
  type LearningQuestion,
  type UpdateQuestionInput,
} from '@leercyclus/domain/workflow';
import { refuse } from '../shared/commandErrors.js';
import { findOccurrence } from './occurrences.js';

function validateDistrictAndCategory(
  state: CycleState,
  district: string | null | undefined,
  category?: string,
): void {
  if (district && !state.districts.some((d) => d.name === district)) {
    throw refuse('invalid', `district: no district "${district}" in this cycle`);
  }
  if (category !== undefined && !state.questionCategories.includes(category)) {
    throw refuse('invalid', `category: "${category}" is not one of this programme's categories`);
  }
}

export function findQuestion(state: CycleState, number: number): LearningQuestion {
  const question = state.questions.find((q) => q.number === number);
  if (!question) throw refuse('notFound', `questionNumber: question ${number} is not on this cycle's agenda`);
  return question;
}

export function validateAddQuestion(state: CycleState, input: AddQuestionInput): void {
  validateDistrictAndCategory(state, input.district, input.category);
  if (input.occurrenceId !== null) findOccurrence(state, input.occurrenceId);
}

/** A new question takes the next free number; numbers identify, they do not rank. */
export function addQuestion(
  state: CycleState,
  input: AddQuestionInput,
  by: string,
  now: number,
): LearningQuestion {
  const at = new Date(now).toISOString();
  const question: LearningQuestion = {
    number: state.questions.reduce((max, q) => Math.max(max, q.number), 0) + 1,
    text: input.text,
    district: input.district,
    raisedIn: input.raisedIn,
    raisedBy: by,
    raisedAt: at,
    occurrenceId: input.occurrenceId,
    level: input.level,
    category: input.category,
    status: 'open',
    responsible: input.responsible,
    reformulations: [],
    lesson: null,
    carriedFrom: null,
    escalation: null,
    updatedAt: at,
  };
  state.questions.push(question);
  return question;
}

export function validateUpdateQuestion(state: CycleState, input: UpdateQuestionInput): void {
  const question = findQuestion(state, input.questionNumber);
  if (question.status === 'escalated') {
    throw refuse(
      'invalid',
      `questionNumber: question ${input.questionNumber} waits for the management table's answer`,
    );
  }
  validateDistrictAndCategory(state, input.district, input.category);
}

/** Changes a question; a new wording keeps the earlier one with its date, so the sharpening can be shown. */
export function updateQuestion(
  state: CycleState,
  input: UpdateQuestionInput,
  by: string,
  now: number,
): LearningQuestion {
  const question = findQuestion(state, input.questionNumber);
  const at = new Date(now).toISOString();
  if (input.text !== undefined && input.text !== question.text) {
    question.reformulations.push({ text: question.text, at, by });
    question.text = input.text;
  }
  if (input.district !== undefined) question.district = input.district;
  if (input.level !== undefined) question.level = input.level;
  if (input.category !== undefined) question.category = input.category;
  if (input.status !== undefined) question.status = input.status;
  if (input.responsible !== undefined) question.responsible = input.responsible;
  if (input.lesson !== undefined) question.lesson = input.lesson;
  question.updatedAt = at;
  return question;
}

/** Open questions go on to the next cycle; answered ones have left the agenda with their lesson. */
export function carryOverOpenQuestions(state: CycleState, now: number): LearningQuestion[] {
  const at = new Date(now).toISOString();
  const carried: LearningQuestion[] = [];
  for (const question of state.questions) {
    if (question.status === 'open' || question.status === 'exploring') {
      question.status = 'carriedOver';
      question.updatedAt = at;
      carried.push(question);
    }
  }
  return carried;
}

/**
 * A completed action-learning group's lessons answer the question it took up (here, or carried over from the
 * cycle that raised it). An outcome already applied changes nothing.
 */
export function applyGroupOutcome(
  state: CycleState,
  outcome: GroupOutcome,
  now: number,
): LearningQuestion | undefined {
  if (state.groupOutcomes.includes(outcome.outcomeId)) return undefined;
  const at = new Date(now).toISOString();
  const index = state.questions.findIndex((q) => outcomeConcerns(outcome, state.cycleId, q));
  const answered =
    index >= 0 ? answeredByGroup(state.questions[index]!, state.cycleId, outcome, at) : undefined;
  if (!answered) return undefined;
  state.groupOutcomes.push(outcome.outcomeId);
  state.questions[index] = answered;
  return answered;
}
