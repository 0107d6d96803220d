import { TRPCError } from '@trpc/server';
import { checkpointEntry, groupMeetingEntry, type CalendarEntry } from '@leercyclus/calendar';
import { groupPath, type Checkpoint } from '@leercyclus/domain';
import { groupStateQuery } from '@leercyclus/workflows';
import { queryProcess } from '../temporal/queryProcess.js';
import type { FeedReader } from './reader.js';

/**
 * An action-learning group's meetings and the checkpoints a feed shows, from its workflow: the record keeps no
 * meetings yet, so a group Temporal has let go has none to show.
 */
export async function groupEntries(
  reader: FeedReader,
  groupId: string,
  showsCheckpoint: (checkpoint: Checkpoint) => boolean,
  ownerName: (personId: string) => string,
): Promise<CalendarEntry[]> {
  const gone = () => new TRPCError({ code: 'NOT_FOUND', message: groupId });
  const state = await queryProcess(reader.temporal, groupId, groupStateQuery, gone).catch(
    (error: unknown) => {
      if (error instanceof TRPCError && error.code === 'NOT_FOUND') return undefined;
      throw error;
    },
  );
  if (!state) return [];
  const page = {
    processId: groupId,
    title: state.question,
    timeZone: state.timeZone,
    path: groupPath(state.slug),
  };
  return [
    ...state.meetings.map((meeting) => groupMeetingEntry(reader.site, page, meeting)),
    ...state.checkpoints
      .filter(showsCheckpoint)
      .map((checkpoint) => checkpointEntry(reader.site, page, checkpoint, ownerName(checkpoint.owner))),
  ];
}
