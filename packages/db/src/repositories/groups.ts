import { and, desc, eq } from 'drizzle-orm';
import type { GroupListItem } from '@leercyclus/domain';
import type { Queryable } from '../database.js';
import { processes } from '../schema/index.js';

export interface GroupFilters {
  programmeId?: string | undefined;
  status?: 'running' | 'closed' | undefined;
  limit?: number | undefined;
}

/** Action-learning groups as the record knows them, newest first: the list view reads here, not from Temporal. */
export async function listGroups(q: Queryable, filters: GroupFilters = {}): Promise<GroupListItem[]> {
  const rows = await q
    .select()
    .from(processes)
    .where(
      and(
        eq(processes.kind, 'actionLearningGroup'),
        filters.programmeId === undefined ? undefined : eq(processes.programmeId, filters.programmeId),
        filters.status === undefined ? undefined : eq(processes.status, filters.status),
      ),
    )
    .orderBy(desc(processes.firstRecordedAt), desc(processes.workflowId))
    .limit(filters.limit ?? 200);
  return rows.map((row) => ({
    workflowId: row.workflowId,
    slug: row.workflowId.replace(/^group\//, ''),
    // Null for a group outside any programme.
    programmeId: row.programmeId,
    question: row.title,
    status: row.status,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    nextEventAt: row.nextEventAt?.toISOString() ?? null,
    overdueCheckpoints: row.overdueCheckpoints,
    startedAt: row.firstRecordedAt.toISOString(),
  }));
}

/** A group's question as the record holds it; null before its workflow first wrote its row. */
export async function recordedGroupQuestion(q: Queryable, workflowId: string): Promise<string | null> {
  const [row] = await q
    .select({ question: processes.title })
    .from(processes)
    .where(and(eq(processes.kind, 'actionLearningGroup'), eq(processes.workflowId, workflowId)));
  return row?.question ?? null;
}
