import { and, asc, eq, inArray, lt, ne } from 'drizzle-orm';
import { defaultTimeZone, weeklyDigestWeek } from '@leercyclus/domain';
import type { Db, Queryable } from '../database.js';
import { checkpoints, memberships, people, processes, programmes } from '../schema/index.js';
import { queueNewMessage } from './queue.js';

const dayMs = 86_400_000;

/** Each active coordinator with the programmes they coordinate. */
async function coordinators(q: Queryable): Promise<Map<string, string[]>> {
  const rows = await q
    .select({ personId: memberships.personId, programmeId: memberships.scopeId })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(
      and(eq(memberships.scope, 'programme'), eq(memberships.role, 'coordinator'), eq(people.active, true)),
    )
    .orderBy(asc(memberships.personId), asc(memberships.scopeId));
  const byPerson = new Map<string, string[]>();
  for (const row of rows)
    byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row.programmeId]);
  return byPerson;
}

/** Unsubmitted checkpoints of running cycles and groups of these programmes, overdue or due within a week. */
async function checkpointsOf(q: Queryable, programmeIds: string[], now: Date) {
  const rows = await q
    .select({
      processId: checkpoints.processId,
      processTitle: processes.title,
      checkpointId: checkpoints.checkpointId,
      title: checkpoints.title,
      ownerName: people.name,
      dueAt: checkpoints.dueAt,
    })
    .from(checkpoints)
    .innerJoin(processes, eq(processes.workflowId, checkpoints.processId))
    .leftJoin(people, eq(people.id, checkpoints.owner))
    .where(
      and(
        inArray(processes.programmeId, programmeIds),
        eq(processes.status, 'running'),
        ne(checkpoints.status, 'submitted'),
        lt(checkpoints.dueAt, new Date(now.getTime() + 7 * dayMs)),
      ),
    )
    .orderBy(asc(checkpoints.dueAt), asc(checkpoints.processId), asc(checkpoints.checkpointId));
  const item = (row: (typeof rows)[number]) => ({ ...row, dueAt: row.dueAt.toISOString() });
  return {
    overdue: rows.filter((row) => row.dueAt < now).map(item),
    dueSoon: rows.filter((row) => row.dueAt >= now).map(item),
  };
}

/**
 * A coordinator's time zone: the zone the running cycles and groups they coordinate keep their calendar in (the
 * earliest started, should they differ), Europe/Amsterdam when none runs. People keep no zone of their own; a
 * coordinator works in their programme's.
 */
async function timeZoneOf(q: Queryable, programmeIds: string[]): Promise<string> {
  const [row] = await q
    .select({ timeZone: processes.timeZone })
    .from(processes)
    .where(and(inArray(processes.programmeId, programmeIds), eq(processes.status, 'running')))
    .orderBy(asc(processes.startsOn), asc(processes.workflowId))
    .limit(1);
  return row?.timeZone ?? defaultTimeZone;
}

/**
 * The coordinators' weekly digests due at this moment (Monday from 08:00 in the person's zone): the overdue and
 * due-soon checkpoints of the programmes they coordinate. Once per person per week (the cause is the ISO week),
 * and none when there is nothing to say. Answers how many were new.
 */
export async function queueWeeklyDigests(db: Db, now: Date): Promise<number> {
  let queued = 0;
  for (const [personId, programmeIds] of await coordinators(db)) {
    const timeZone = await timeZoneOf(db, programmeIds);
    const week = weeklyDigestWeek(now, timeZone);
    if (week === null) continue;
    const { overdue, dueSoon } = await checkpointsOf(db, programmeIds, now);
    if (overdue.length === 0 && dueSoon.length === 0) continue;
    const names = await db
      .select({ name: programmes.name })
      .from(programmes)
      .where(inArray(programmes.id, programmeIds))
      .orderBy(asc(programmes.name));
    const payload = { week, timeZone, programmes: names.map((row) => row.name), overdue, dueSoon };
    if (
      await queueNewMessage(db, 'weeklyDigest', {
        cause: `${week}#${personId}`,
        recipient: personId,
        payload,
      })
    )
      queued += 1;
  }
  return queued;
}
