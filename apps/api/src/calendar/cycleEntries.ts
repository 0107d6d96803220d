import { checkpointEntry, occurrenceEntry, type CalendarEntry, type ProcessPage } from '@leercyclus/calendar';
import { occurrenceMoves } from '@leercyclus/db';
import { cyclePath, type Checkpoint, type CycleState, type Occurrence } from '@leercyclus/domain';
import { currentCycleState } from '../temporal/cycleState.js';
import type { FeedReader } from './reader.js';

/** Which of a cycle's occurrences and checkpoints a feed shows. */
export interface CycleSelection {
  occurrence(occurrence: Occurrence): boolean;
  checkpoint(checkpoint: Checkpoint): boolean;
}

/**
 * How often an occurrence moved: as the record counted it, or once when the workflow has moved it and the
 * record has not caught up yet (a subscribed calendar then takes the new time a fetch sooner).
 */
function movesOf(occurrence: Occurrence, recorded: ReadonlyMap<string, number>): number {
  return Math.max(recorded.get(occurrence.id) ?? 0, occurrence.change?.movedFrom ? 1 : 0);
}

/**
 * A cycle's entries as its page shows the cycle (live while it runs, from the record once closed), with each
 * occurrence's moves from the record. Undefined when there is no such cycle.
 */
export async function cycleEntries(
  reader: FeedReader,
  cycleId: string,
  selection: CycleSelection,
  ownerName: (personId: string) => string,
): Promise<{ state: CycleState; entries: CalendarEntry[] } | undefined> {
  const [state, moves] = await Promise.all([
    currentCycleState(reader.temporal, reader.db, cycleId),
    occurrenceMoves(reader.db, cycleId),
  ]);
  if (!state) return undefined;
  const page = (tab: string): ProcessPage => ({
    processId: cycleId,
    title: state.title,
    timeZone: state.timeZone,
    path: cyclePath(state.programmeId, state.number, tab),
  });
  const calendar = page('calendar');
  const checkpoints = page('checkpoints');
  return {
    state,
    entries: [
      ...state.occurrences
        .filter((occurrence) => selection.occurrence(occurrence))
        .map((occurrence) => occurrenceEntry(reader.site, calendar, occurrence, movesOf(occurrence, moves))),
      ...state.checkpoints
        .filter((checkpoint) => selection.checkpoint(checkpoint))
        .map((checkpoint) =>
          checkpointEntry(reader.site, checkpoints, checkpoint, ownerName(checkpoint.owner)),
        ),
    ],
  };
}
