import { and, eq, gt, gte, inArray, or } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { occurrences, processes } from '../schema/index.js';

export interface CalendarProcess {
  workflowId: string;
  kind: 'learningCycle' | 'actionLearningGroup';
  programmeId: string | null;
  status: 'running' | 'closed';
}

/**
 * The cycles of these programmes and the groups with these workflow ids that a calendar shows: those running,
 * and those closed whose last change came at or after `since` (a calendar looks back, not for ever).
 */
export async function calendarProcesses(
  q: Queryable,
  scopes: { programmeIds: readonly string[]; groupIds: readonly string[]; since: Date },
): Promise<CalendarProcess[]> {
  const { programmeIds, groupIds, since } = scopes;
  if (programmeIds.length === 0 && groupIds.length === 0) return [];
  return q
    .select({
      workflowId: processes.workflowId,
      kind: processes.kind,
      programmeId: processes.programmeId,
      status: processes.status,
    })
    .from(processes)
    .where(
      and(
        or(
          programmeIds.length === 0
            ? undefined
            : and(eq(processes.kind, 'learningCycle'), inArray(processes.programmeId, [...programmeIds])),
          groupIds.length === 0
            ? undefined
            : and(eq(processes.kind, 'actionLearningGroup'), inArray(processes.workflowId, [...groupIds])),
        ),
        or(eq(processes.status, 'running'), gte(processes.updatedAt, since)),
      ),
    )
    .orderBy(processes.workflowId);
}

/** How many times each of a process's occurrences was moved, for those moved at all. */
export async function occurrenceMoves(q: Queryable, processId: string): Promise<Map<string, number>> {
  const rows = await q
    .select({ occurrenceId: occurrences.occurrenceId, moves: occurrences.moves })
    .from(occurrences)
    .where(and(eq(occurrences.processId, processId), gt(occurrences.moves, 0)));
  return new Map(rows.map((row) => [row.occurrenceId, row.moves]));
}
