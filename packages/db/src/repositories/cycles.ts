import { cycleProgrammeId } from '../cycleProgrammeId.js';
import { and, arrayContains, desc, eq } from 'drizzle-orm';
import type { CycleListItem } from '@leercyclus/domain';
import type { Queryable } from '../database.js';
import { processes } from '../schema/index.js';

export interface CycleFilters {
  programmeId?: string | undefined;
  status?: 'running' | 'closed' | undefined;
  district?: string | undefined;
  limit?: number | undefined;
}

/** Learning cycles as the record knows them, newest first: the list view reads here, not from Temporal. */
export async function listCycles(q: Queryable, filters: CycleFilters = {}): Promise<CycleListItem[]> {
  const rows = await q
    .select()
    .from(processes)
    .where(
      and(
        eq(processes.kind, 'learningCycle'),
        filters.programmeId === undefined ? undefined : eq(processes.programmeId, filters.programmeId),
        filters.status === undefined ? undefined : eq(processes.status, filters.status),
        filters.district === undefined ? undefined : arrayContains(processes.districts, [filters.district]),
      ),
    )
    .orderBy(desc(processes.firstRecordedAt), desc(processes.workflowId))
    .limit(filters.limit ?? 200);
  return rows.map((row) => ({
    workflowId: row.workflowId,
    programmeId: cycleProgrammeId(row),
    number: row.number ?? 0,
    title: row.title,
    status: row.status,
    districts: row.districts,
    nextEventAt: row.nextEventAt?.toISOString() ?? null,
    overdueCheckpoints: row.overdueCheckpoints,
    startedAt: row.firstRecordedAt.toISOString(),
  }));
}
