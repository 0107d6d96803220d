import {
  byStartThenId,
  addDays,
  addMonths,
  cycleCalendar,
  endOfDate,
  type CycleLaunch,
  type CycleState,
  type CycleSummary,
  type EscalationRequest,
  type ExtendCycleInput,
  type LearningQuestion,
  type Occurrence,
} from '@leercyclus/domain/workflow';
import { refuse } from '../shared/commandErrors.js';
import { carryOverOpenQuestions } from './agenda.js';
import { escalateSystemQuestions } from './escalations.js';

/** The first instant after the cycle's last day, in its time zone. */
export function closesAt(state: CycleState): number {
  return endOfDate(state.endsOn, state.timeZone).getTime();
}

export function validateExtend(state: CycleState, input: ExtendCycleInput): void {
  if (input.endsOn <= state.endsOn) {
    throw refuse('invalid', `endsOn: an extension must end after the current end date ${state.endsOn}`);
  }
  if (input.endsOn > addMonths(state.startsOn, 12))
    throw refuse('invalid', 'endsOn: a cycle lasts at most a year');
}

/** Moves the end date on and plans the learning sessions and team meetings of the added weeks. */
export function extendCycle(state: CycleState, input: ExtendCycleInput): Occurrence[] {
  const from = addDays(state.endsOn, 1);
  const launchView: CycleLaunch = {
    ...state,
    endsOn: input.endsOn,
    partnerGatherings: [],
    checkpoints: [],
    carriedOverQuestions: [],
  };
  // The programme team keeps its fortnightly rhythm: count its weeks from the cycle's start, not the extension.
  const added = cycleCalendar(launchView)
    .filter((o) => o.date >= from)
    .filter((o) => !state.occurrences.some((existing) => existing.id === o.id));
  state.endsOn = input.endsOn;
  state.occurrences.push(...added);
  state.occurrences.sort(byStartThenId);
  return added;
}

export interface ClosingChanges {
  summary: CycleSummary;
  carried: LearningQuestion[];
  escalations: EscalationRequest[];
}

/**
 * Closes the cycle: lists what was left undone, sends the open system issues up to the management table and
 * carries the other open questions over.
 */
export function closeCycle(
  state: CycleState,
  by: string,
  reason: string,
  now: number,
  idPrefix: string,
  worded: () => boolean,
): ClosingChanges {
  const at = new Date(now).toISOString();
  const escalated = escalateSystemQuestions(state, now, idPrefix, worded);
  const carried = carryOverOpenQuestions(state, now);
  state.status = 'closed';
  state.nextEventAt = null;
  state.closed = { at, by, reason };
  return {
    carried: [...carried, ...escalated.map((e) => e.question)],
    escalations: escalated.map((e) => e.request),
    summary: {
      cycleId: state.cycleId,
      programmeId: state.programmeId,
      number: state.number,
      closedAt: at,
      closedBy: by,
      unrecordedOccurrences: state.occurrences
        .filter((o) => o.status === 'due')
        .map(({ id, kind, district, date }) => ({ id, kind, district, date })),
      unsubmittedCheckpoints: state.checkpoints
        .filter((c) => c.status !== 'submitted')
        .map(({ id, title, owner, dueAt }) => ({ id, title, owner, dueAt })),
      carriedOverQuestions: carried,
      escalatedQuestions: escalated.map((e) => e.question),
    },
  };
}
