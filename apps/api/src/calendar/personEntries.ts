import type { CalendarEntry } from '@leercyclus/calendar';
import { calendarProcesses } from '@leercyclus/db';
import {
  groupRoles,
  groupWorkflowId,
  holds,
  programmeRoles,
  scopesWhere,
  tableRoles,
  type Checkpoint,
  type Occurrence,
  type SignedIn,
} from '@leercyclus/domain';
import { cycleEntries } from './cycleEntries.js';
import { groupEntries } from './groupEntries.js';
import { feedWindow, type FeedReader } from './reader.js';
import { tableEntries } from './tableEntries.js';

/** Who meets in the programme team: everyone in the programme but its participants. */
const programmeTeam = ['projectLeader', 'coordinator', 'monitor'] as const;

/**
 * Everything a person takes part in, by the memberships they hold now. Memberships name no district, so a
 * programme's people get the sessions and partner gatherings of all its districts; its programme team the
 * programme-team meetings too. Each gets the checkpoints they own; a group's members its meetings; a management
 * table's members its monthly meetings. Cycles and groups that closed more than a year ago are left out.
 */
export async function personEntries(reader: FeedReader, signedIn: SignedIn): Promise<CalendarEntry[]> {
  const me = signedIn.person;
  const owned = (checkpoint: Checkpoint) => checkpoint.owner === me.id;
  const myName = () => me.name;
  const processes = await calendarProcesses(reader.db, {
    programmeIds: scopesWhere(signedIn, 'programme', programmeRoles),
    groupIds: scopesWhere(signedIn, 'group', groupRoles).map(groupWorkflowId),
    since: feedWindow(reader.now).since,
  });
  const lists = await Promise.all([
    ...processes.map(async (process) => {
      if (process.kind === 'actionLearningGroup') {
        return groupEntries(reader, process.workflowId, owned, myName);
      }
      const inTeam = holds(signedIn, 'programme', process.programmeId ?? '', programmeTeam);
      const selection = {
        occurrence: (o: Occurrence) => o.kind !== 'programmeTeamMeeting' || inTeam,
        checkpoint: owned,
      };
      return (await cycleEntries(reader, process.workflowId, selection, myName))?.entries ?? [];
    }),
    ...scopesWhere(signedIn, 'table', tableRoles).map((slug) => tableEntries(reader, slug)),
  ]);
  return lists.flat();
}
