import { and, eq, inArray } from 'drizzle-orm';
import type { Occurrence } from '@leercyclus/domain';
import type { Tx } from '../database.js';
import { mailPreferences, memberships, people } from '../schema/index.js';
import { queueMessage } from './queue.js';
import { processFacts } from './recipients.js';

/** What an occurrence's row was before this snapshot; undefined when it is new to the record. */
export interface Before {
  status: string;
  startsAt: Date;
  moves: number;
}

/** Who takes part, as the person's calendar feed has it: programme-team meetings for the team, the rest for all. */
const rolesFor = (occurrence: Occurrence) =>
  occurrence.kind === 'programmeTeamMeeting'
    ? ['projectLeader', 'coordinator', 'monitor']
    : ['projectLeader', 'coordinator', 'monitor', 'participant'];

async function wantingInvitations(tx: Tx, programmeId: string, roles: string[]): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ id: memberships.personId })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .innerJoin(mailPreferences, eq(mailPreferences.personId, memberships.personId))
    .where(
      and(
        eq(memberships.scope, 'programme'),
        eq(memberships.scopeId, programmeId),
        inArray(memberships.role, roles as never[]),
        eq(people.active, true),
        eq(mailPreferences.invitations, true),
      ),
    );
  return rows.map((row) => row.id).sort();
}

/**
 * What a snapshot did to a session, as an invitation says it: added (new to the record after the cycle's launch,
 * which writes its whole calendar at once and invites no one), moved, or cancelled; null for anything else (it
 * turned due, it was recorded).
 */
function changeOf(
  occurrence: Occurrence,
  before: Before | undefined,
  at: Date,
  launchedAt: Date | undefined,
): 'added' | 'moved' | 'cancelled' | null {
  if (before === undefined) {
    const afterLaunch = launchedAt !== undefined && at > launchedAt;
    return afterLaunch && occurrence.status === 'planned' ? 'added' : null;
  }
  if (occurrence.status === 'cancelled') return before.status === 'cancelled' ? null : 'cancelled';
  const moved = occurrence.change?.movedFrom && before.startsAt.getTime() !== Date.parse(occurrence.startsAt);
  return moved ? 'moved' : null;
}

/**
 * Invitations for a session added, moved or cancelled, to the programme's participants who asked for them, in the
 * transaction that records the change. The cause names the change and the revision, so a move is one invitation
 * per person however often the snapshot is written.
 */
export async function queueInvitations(
  tx: Tx,
  cycleId: string,
  occurrence: Occurrence,
  before: Before | undefined,
  at: Date,
  moves: number,
): Promise<void> {
  const cycle = await processFacts(tx, cycleId);
  if (!cycle?.programmeId || cycle.number === null) return;
  const change = changeOf(occurrence, before, at, cycle.firstRecordedAt);
  if (change === null) return;
  for (const person of await wantingInvitations(tx, cycle.programmeId, rolesFor(occurrence))) {
    await queueMessage(tx, 'sessionInvitation', {
      cause: `${cycleId}#${occurrence.id}/${change}-${moves}#${person}`,
      recipient: person,
      payload: {
        change,
        processId: cycleId,
        programmeId: cycle.programmeId,
        number: cycle.number,
        cycleTitle: cycle.title,
        timeZone: cycle.timeZone,
        occurrence,
        moves,
      },
    });
  }
}
