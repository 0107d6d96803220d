import { z } from 'zod';
import { addDays, isoDateSchema } from './calendar.js';
import { personRefSchema, safeTextSchema } from './safeText.js';

/** Whether an action helped, as the person who judged its effect saw it. */
export const actionHelpedValues = ['yes', 'partly', 'no', 'tooEarly'] as const;
export const actionHelpedSchema = z.enum(actionHelpedValues);

/** An observed effect of an action; a later judgement (after "too early") is added, never replaces one. */
export const actionEffectSchema = z.object({
  text: z.string(),
  observedOn: z.string(),
  judgedBy: z.string(),
  helped: actionHelpedSchema,
  recordedBy: z.string(),
  recordedAt: z.string(),
});

/** What was tried on a question: by whom, from when, and the effects observed since, oldest first. */
export const questionActionSchema = z.object({
  /** Numbered within its question from 1, in the order they were added; stable like question numbers. */
  number: z.number().int().positive(),
  text: z.string(),
  takenBy: z.string(),
  startsOn: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  effects: z.array(actionEffectSchema),
});
export type ActionEffect = z.infer<typeof actionEffectSchema>;
export type QuestionAction = z.infer<typeof questionActionSchema>;

export const addQuestionActionInputSchema = z.object({
  questionNumber: z.number().int().positive(),
  text: safeTextSchema(1000),
  takenBy: personRefSchema,
  startsOn: isoDateSchema,
});

export const recordActionEffectInputSchema = z.object({
  questionNumber: z.number().int().positive(),
  actionNumber: z.number().int().positive(),
  text: safeTextSchema(2000),
  observedOn: isoDateSchema,
  judgedBy: personRefSchema,
  helped: actionHelpedSchema,
});
export type AddQuestionActionInput = z.output<typeof addQuestionActionInputSchema>;
export type RecordActionEffectInput = z.output<typeof recordActionEffectInputSchema>;

/** How long an action may go without an observed effect before the next session is asked to look at it. */
export const defaultActionEffectAfterWeeks = 6;

/**
 * Whether an action waits too long for its effect on `today` (a YYYY-MM-DD in the programme's zone): no effect
 * yet, or only "too early", and started at least the programme's number of weeks ago. A "too early" judgement
 * counts as looking, so the wait starts again from the day it was observed.
 */
export function awaitsEffect(action: QuestionAction, today: string, afterWeeks: number): boolean {
  const latest = action.effects.at(-1);
  if (latest && latest.helped !== 'tooEarly') return false;
  const since = latest?.observedOn ?? action.startsOn;
  return addDays(since, afterWeeks * 7) <= today;
}

/** A question's actions, also for a question from before actions existed. */
export function actionsOf(question: { actions?: QuestionAction[] }): QuestionAction[] {
  return question.actions ?? [];
}
