import { z } from 'zod';
import type { LearningQuestion } from './agenda.js';
import { addDays, dateInZone } from './calendar.js';
import { actionsOf } from './questionActions.js';

/** A question open without change this many weeks, within one cycle or across several, "blijft liggen". */
export const defaultStaleAfterWeeks = 12;
/** ... or while this many cycles began since its last change. */
export const defaultStaleAfterCycles = 2;

export interface StaleSettings {
  staleAfterWeeks: number;
  staleAfterCycles: number;
}

/**
 * The last time anyone did something with the question, as the record keeps it: raised, reformulated, an action
 * added or its effect judged. A carried-over question keeps all of these, so the moment survives carrying over
 * (which changes its status, not the question).
 */
export function lastChangeOf(question: LearningQuestion): string {
  const moments = [
    question.raisedAt,
    ...question.reformulations.map((r) => r.at),
    ...actionsOf(question).flatMap((action) => [
      action.recordedAt,
      ...action.effects.map((e) => e.recordedAt),
    ]),
  ];
  return moments.reduce((latest, at) => (Date.parse(at) > Date.parse(latest) ? at : latest));
}

export const staleReasonSchema = z.enum(['weeks', 'cycles']);

/**
 * Why an open question lies still on `today` (YYYY-MM-DD in `timeZone`), or null: unchanged for the programme's
 * weeks, or while its number of cycles began (`cycleStarts`: the start dates of the programme's cycles). Only
 * open and exploring questions lie still; an escalated one waits for its table.
 */
export function staleness(
  question: LearningQuestion,
  today: string,
  timeZone: string,
  cycleStarts: readonly string[],
  settings: StaleSettings,
): z.infer<typeof staleReasonSchema> | null {
  if (question.status !== 'open' && question.status !== 'exploring') return null;
  const since = dateInZone(new Date(lastChangeOf(question)), timeZone);
  const cyclesSince = cycleStarts.filter((startsOn) => startsOn > since && startsOn <= today).length;
  if (cyclesSince >= settings.staleAfterCycles) return 'cycles';
  if (addDays(since, settings.staleAfterWeeks * 7) <= today) return 'weeks';
  return null;
}

/** A question that lies still, for the agenda, the overview and the tasks of its monitors and project leader. */
export const staleQuestionSchema = z.object({
  programmeId: z.string(),
  cycleId: z.string(),
  cycleNumber: z.number(),
  number: z.number(),
  text: z.string(),
  status: z.string(),
  lastChangeAt: z.string(),
  reason: staleReasonSchema,
});
export type StaleQuestion = z.infer<typeof staleQuestionSchema>;
