/** The address of a cycle's page. */
export function cyclePath(programmeId: string, number: number): string {
  return `/cycles/${encodeURIComponent(programmeId)}/${number}`;
}

/** The address of an action-learning group's page. */
export function groupPath(slug: string): string {
  return `/groups/${encodeURIComponent(slug)}`;
}

/** The address of a person's page on the Mensen page. */
export function personPath(personId: string): string {
  return `/mensen/${encodeURIComponent(personId)}`;
}
