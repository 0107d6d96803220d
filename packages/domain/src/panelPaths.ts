/**
 * Addresses of the control panel's pages, for the panel's own links and for whatever points a person at a page
 * from outside it (a calendar entry, a message).
 */

/** The address of a cycle's page, opened at one of its tabs (calendar, agenda, checkpoints, escalations). */
export function cyclePath(programmeId: string, number: number, tab?: string): string {
  const path = `/cycles/${encodeURIComponent(programmeId)}/${number}`;
  return tab === undefined ? path : `${path}?tab=${encodeURIComponent(tab)}`;
}

/** The address of an action-learning group's page. */
export function groupPath(slug: string): string {
  return `/groups/${encodeURIComponent(slug)}`;
}

/** The address of a person's page on the Mensen page. */
export function personPath(personId: string): string {
  return `/mensen/${encodeURIComponent(personId)}`;
}

/** The escalation inbox, opened at one management table. */
export function tableInboxPath(table: string): string {
  return `/escalations?table=${encodeURIComponent(table)}`;
}
