import { and, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { processes } from '../schema/index.js';

/** An instant as a query parameter both drivers read as a timestamptz. */
export const instantParam = (at: Date): SQL => sql`${at.toISOString()}::timestamptz`;

/**
 * When a closed process closed: the close its workflow reported, or else its last report (a cycle or group
 * reports once more as it closes, and never again).
 */
const closedAt = sql`coalesce(${processes.closedAt}, ${processes.updatedAt})`;

/** The cycles and groups that closed before `before`: whose working texts have had their time. */
export function closedBefore(q: Queryable, before: Date) {
  return q
    .select({ id: processes.workflowId })
    .from(processes)
    .where(and(eq(processes.status, 'closed'), sql`${closedAt} < ${instantParam(before)}`));
}

/**
 * Each programme's evaluation, as the record knows it: the close of its last cycle or group, once none of them
 * runs. A programme between two cycles counts as evaluated too; the periods counted from it are years, longer
 * than any pause between cycles, and a new cycle makes it running again.
 */
export function programmeEvaluations(q: Queryable) {
  return q
    .select({ programmeId: processes.programmeId, at: sql<Date>`max(${closedAt})`.as('evaluated_at') })
    .from(processes)
    .where(isNotNull(processes.programmeId))
    .groupBy(processes.programmeId)
    .having(sql`bool_and(${processes.status} = 'closed')`)
    .as('programme_evaluations');
}

/**
 * The cycles and groups whose programme was evaluated before `before`; a group outside any programme counts
 * from its own close.
 */
export function evaluatedBefore(q: Queryable, before: Date) {
  const evaluations = programmeEvaluations(q);
  return q
    .select({ id: processes.workflowId })
    .from(processes)
    .leftJoin(evaluations, eq(evaluations.programmeId, processes.programmeId))
    .where(
      and(
        eq(processes.status, 'closed'),
        sql`coalesce(${evaluations.at}, case when ${processes.programmeId} is null then ${closedAt} end) < ${instantParam(before)}`,
      ),
    );
}
