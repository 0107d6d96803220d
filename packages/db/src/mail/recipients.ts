import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { memberships, people, processes, programmes } from '../schema/index.js';

/** The active people holding one of these roles in a scope: a table's members, a group's facilitators. */
export async function holdersOf(
  q: Queryable,
  scope: 'programme' | 'table' | 'group',
  scopeId: string,
  roles: readonly string[],
): Promise<string[]> {
  const rows = await q
    .selectDistinct({ id: memberships.personId })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(
      and(
        eq(memberships.scope, scope),
        eq(memberships.scopeId, scopeId),
        inArray(memberships.role, [...roles] as never[]),
        eq(people.active, true),
      ),
    );
  return rows.map((row) => row.id).sort();
}

/** Whether an id names a person (the workflow raises some things itself, as `system`). */
export async function isPerson(q: Queryable, id: string): Promise<boolean> {
  const [row] = await q.select({ id: people.id }).from(people).where(eq(people.id, id));
  return row !== undefined;
}

export async function nameOf(q: Queryable, id: string): Promise<string | null> {
  const [row] = await q.select({ name: people.name }).from(people).where(eq(people.id, id));
  return row?.name ?? null;
}

/** A cycle's or group's title, zone and programme as the record has them. */
export async function processFacts(q: Queryable, workflowId: string) {
  const [row] = await q
    .select({
      title: processes.title,
      timeZone: processes.timeZone,
      programmeId: processes.programmeId,
      number: processes.number,
      firstRecordedAt: processes.firstRecordedAt,
    })
    .from(processes)
    .where(eq(processes.workflowId, workflowId));
  return row;
}

/** The project leader of a programme, who follows up what its cycles raised themselves. */
export async function projectLeaderOf(q: Queryable, programmeId: string): Promise<string | null> {
  const [row] = await q
    .select({ id: programmes.projectLeader })
    .from(programmes)
    .where(eq(programmes.id, programmeId));
  return row?.id ?? null;
}

/** `group/<slug>` → the slug its memberships are held under. */
export function groupSlugOf(workflowId: string): string | null {
  return /^group\/(.+)$/.exec(workflowId)?.[1] ?? null;
}
