/** The address of a cycle's page. */
export function cyclePath(programmeId: string, number: number): string {
  return `/cycles/${encodeURIComponent(programmeId)}/${number}`;
}
