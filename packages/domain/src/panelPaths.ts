/**
 * Addresses of the control panel's pages, for the panel's own links and for whatever points a person at a page
 * from outside it (a calendar entry, a message).
 */

/** The address of a cycle's page, opened at one of its tabs (calendar, agenda, checkpoints, escalations). */
export function cyclePath(programmeId: string, number: number, tab?: string): string {
  const path = `/cycles/${encodeURIComponent(programmeId)}/${number}`;
  return tab === undefined ? path : `${path}?tab=${encodeURIComponent(tab)}`;
}

/** The print view of a programme's report, or of one of its cycles' (the PDF's content as a web page). */
export function reportPath(programmeId: string, number?: number): string {
  const path = `/rapport/${encodeURIComponent(programmeId)}`;
  return number === undefined ? path : `${path}/${number}`;
}

/** The address of an action-learning group's page. */
export function groupPath(slug: string): string {
  return `/groups/${encodeURIComponent(slug)}`;
}

/** The address of a programme's page. */
export function programmePath(programmeId: string): string {
  return `/programmas/${encodeURIComponent(programmeId)}`;
}

/** The address of a person's page on the Mensen page. */
export function personPath(personId: string): string {
  return `/mensen/${encodeURIComponent(personId)}`;
}

/** The escalation inbox, opened at one management table. */
export function tableInboxPath(table: string): string {
  return `/escalations?table=${encodeURIComponent(table)}`;
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

/** The coordinators' list of overdue checkpoints. */
export const overdueCheckpointsPath = '/checkpoints/overdue';

/** The signed-in person's mail settings. */
export const mailPreferencesPath = '/meldingen';

/** An unsubscribe link of a message (served by the API, no sign-in needed): its token switches off what is not mandatory. */
export function unsubscribePath(token: string): string {
  return `/mail/afmelden/${encodeURIComponent(token)}`;
}

/** The anchor of one escalation on a table's inbox. */
export function escalationAnchor(escalationId: string): string {
  return `escalation-${escalationId.replace(/[^\w-]/g, '-')}`;
}

/** One escalation on its table's inbox. */
export function escalationPath(table: string, escalationId: string): string {
  return `${tableInboxPath(table)}#${encodeURIComponent(escalationAnchor(escalationId))}`;
}

/**
 * Where an escalation's answer lands, by its source: the checkpoint, the cycle's escalations tab (a question), or
 * the group's page (an obstacle); the panel's start for a source that is neither cycle nor group.
 */
export function escalationSourcePath(source: { processId: string; checkpointId: string | null }): string {
  if (source.checkpointId !== null) return checkpointPath(source.processId, source.checkpointId);
  const cycle = /^cycle\/([^/]+)\/(\d+)$/.exec(source.processId);
  if (cycle) return cyclePath(cycle[1]!, Number(cycle[2]), 'escalations');
  return processPath(source.processId) ?? '/';
}
