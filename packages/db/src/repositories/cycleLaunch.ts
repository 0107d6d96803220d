import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { processes, programmes, questionCategories } from '../schema/index.js';

export interface CycleLaunchSlot {
  /** The registered programme's agenda categories and management table; null for a programme not registered. */
  programme: { questionCategories: string[]; managementTable: string } | null;
  /** The cycle the record already holds under this programme and number, whatever Temporal still remembers. */
  taken: { workflowId: string; title: string; requestId: string | null } | null;
}

/** What launching a programme's cycle number needs from the record, in one statement. */
export async function cycleLaunchSlot(
  q: Queryable,
  programmeId: string,
  number: number,
): Promise<CycleLaunchSlot> {
  const [row] = await q
    .select({
      managementTable: programmes.managementTable,
      questionCategories: sql<
        string[] | null
      >`(select array_agg(${questionCategories.code} order by ${questionCategories.position}) from ${questionCategories} where ${questionCategories.programmeId} = ${programmeId})`,
      workflowId: processes.workflowId,
      title: processes.title,
      requestId: processes.requestId,
    })
    .from(sql`(select 1) as slot`)
    .leftJoin(programmes, eq(programmes.id, programmeId))
    .leftJoin(
      processes,
      and(
        eq(processes.kind, 'learningCycle'),
        eq(processes.programmeId, programmeId),
        eq(processes.number, number),
      ),
    );
  return {
    programme: row?.managementTable
      ? { questionCategories: row.questionCategories ?? [], managementTable: row.managementTable }
      : null,
    taken: row?.workflowId
      ? { workflowId: row.workflowId, title: row.title ?? '', requestId: row.requestId }
      : null,
  };
}
