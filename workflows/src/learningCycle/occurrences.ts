import {
  byStartThenId,
  clockTimeInZone,
  zonedInstant,
  type MoveOccurrenceInput,
  type Occurrence,
  type RecordSessionInput,
  type CycleState,
} from '@leercyclus/domain/workflow';
import { refuse } from '../shared/commandErrors.js';

/** Planned occurrences whose start has passed become due: to be recorded. Returns the ones that changed. */
export function markDueOccurrences(occurrences: Occurrence[], now: number): Occurrence[] {
  const changed: Occurrence[] = [];
  for (const occurrence of occurrences) {
    if (occurrence.status === 'planned' && Date.parse(occurrence.startsAt) <= now) {
      occurrence.status = 'due';
      changed.push(occurrence);
    }
  }
  return changed;
}

/** The start of the earliest occurrence still planned, as epoch ms. */
export function nextOccurrenceStart(occurrences: readonly Occurrence[]): number | undefined {
  let next: number | undefined;
  for (const occurrence of occurrences) {
    if (occurrence.status !== 'planned') continue;
    const start = Date.parse(occurrence.startsAt);
    if (next === undefined || start < next) next = start;
  }
  return next;
}

export function findOccurrence(state: CycleState, id: string): Occurrence {
  const occurrence = state.occurrences.find((o) => o.id === id);
  if (!occurrence) throw refuse('notFound', `occurrenceId: this cycle has no occurrence ${id}`);
  return occurrence;
}

export function validateRecordSession(state: CycleState, input: RecordSessionInput, now: number): void {
  const occurrence = findOccurrence(state, input.occurrenceId);
  if (occurrence.status === 'cancelled')
    throw refuse('invalid', `occurrenceId: ${occurrence.id} was cancelled`);
  if (Date.parse(occurrence.startsAt) > now) {
    throw refuse(
      'invalid',
      `occurrenceId: ${occurrence.id} has not started yet; record it once it has been held`,
    );
  }
  const known = new Set(state.questions.map((q) => q.number));
  const unknown = input.record.questionNumbers.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw refuse('invalid', `record.questionNumbers: not on the agenda: ${unknown.join(', ')}`);
  }
}

export function recordSession(
  state: CycleState,
  input: RecordSessionInput,
  by: string,
  now: number,
): Occurrence {
  const occurrence = findOccurrence(state, input.occurrenceId);
  occurrence.status = 'held';
  occurrence.record = { ...input.record, recordedBy: by, recordedAt: new Date(now).toISOString() };
  return occurrence;
}

export function validateMoveOccurrence(state: CycleState, input: MoveOccurrenceInput): void {
  const occurrence = findOccurrence(state, input.occurrenceId);
  if (occurrence.status === 'held')
    throw refuse('invalid', `occurrenceId: ${occurrence.id} was held already`);
  if (occurrence.status === 'cancelled')
    throw refuse('invalid', `occurrenceId: ${occurrence.id} is cancelled already`);
  if (input.action === 'move' && (input.date < state.startsOn || input.date > state.endsOn)) {
    throw refuse(
      'invalid',
      `date: ${input.date} lies outside the cycle (${state.startsOn} to ${state.endsOn})`,
    );
  }
}

/** Moves or cancels one occurrence, keeping the reason and where it stood before. */
export function moveOccurrence(
  state: CycleState,
  input: MoveOccurrenceInput,
  by: string,
  now: number,
): Occurrence {
  const occurrence = findOccurrence(state, input.occurrenceId);
  const at = new Date(now).toISOString();
  if (input.action === 'cancel') {
    occurrence.status = 'cancelled';
    occurrence.change = { reason: input.reason, at, by, movedFrom: null };
    return occurrence;
  }
  const durationMs = Date.parse(occurrence.endsAt) - Date.parse(occurrence.startsAt);
  const startTime = input.startTime ?? clockTimeInZone(new Date(occurrence.startsAt), state.timeZone);
  const startsAt = zonedInstant(input.date, startTime, state.timeZone);
  occurrence.change = {
    reason: input.reason,
    at,
    by,
    movedFrom: { startsAt: occurrence.startsAt, endsAt: occurrence.endsAt },
  };
  occurrence.date = input.date;
  occurrence.startsAt = startsAt.toISOString();
  occurrence.endsAt = new Date(startsAt.getTime() + durationMs).toISOString();
  occurrence.status = startsAt.getTime() <= now ? 'due' : 'planned';
  state.occurrences.sort(byStartThenId);
  return occurrence;
}
