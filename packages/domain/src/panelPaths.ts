/**
 * Addresses of the control panel's pages, shared by the panel's links and the links in e-mail, so a link in a
 * message opens the very page the panel itself would.
 */

/** The address of a cycle's page. */
export function cyclePath(programmeId: string, number: number): string {
  return `/cycles/${encodeURIComponent(programmeId)}/${number}`;
}

/** The address of an action-learning group's page. */
export function groupPath(slug: string): string {
  return `/groups/${encodeURIComponent(slug)}`;
}

/** The page of a cycle (`cycle/<programme>/<n>`) or group (`group/<slug>`) by its workflow id; null for neither. */
export function processPath(workflowId: string): string | null {
  const cycle = /^cycle\/([^/]+)\/(\d+)$/.exec(workflowId);
  if (cycle) return cyclePath(cycle[1]!, Number(cycle[2]));
  const group = /^group\/([^/]+)$/.exec(workflowId);
  return group ? groupPath(group[1]!) : null;
}

/** The anchor of one checkpoint on its process's checkpoints tab. */
export function checkpointAnchor(checkpointId: string): string {
  return `checkpoint-${checkpointId}`;
}

/** A checkpoint on its cycle's or group's checkpoints tab; the process's page when the id is neither's. */
export function checkpointPath(workflowId: string, checkpointId: string): string {
  const process = processPath(workflowId);
  if (process === null) return '/';
  return `${process}?tab=checkpoints#${encodeURIComponent(checkpointAnchor(checkpointId))}`;
}

/** The signed-in person's mail settings. */
export const mailPreferencesPath = '/meldingen';

/** An unsubscribe link of a message (served by the API, no sign-in needed): its token switches off what is not mandatory. */
export function unsubscribePath(token: string): string {
  return `/mail/afmelden/${encodeURIComponent(token)}`;
}
