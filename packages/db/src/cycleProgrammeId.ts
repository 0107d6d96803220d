/** A cycle's programme; the table's check requires one for every cycle, so null here is a broken record. */
export function cycleProgrammeId(row: { workflowId: string; programmeId: string | null }): string {
  if (row.programmeId === null)
    throw new Error(`the record holds cycle ${row.workflowId} without a programme`);
  return row.programmeId;
}
