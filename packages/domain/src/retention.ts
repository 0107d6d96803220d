/**
 * What the record keeps, and for how long (docs/data-protection.md, "Retention"). Each kind is kept a number of
 * days from its own moment:
 * - `sessionNotes`: the working texts of a closed cycle or group (session notes, reasons for moving or
 *   cancelling, evaluation notes, earlier wordings of questions, the close reason, the reminder outbox), from
 *   its close;
 * - `agenda`: the learning agenda's texts (questions, lessons, development goals, obstacles, escalations and
 *   decisions), from the programme's evaluation (the close of its last process, once none runs);
 * - `cases`: case codes and notes, from the programme's evaluation or the case's last change, whichever is later;
 * - `signIn`: ended sessions, used or expired sign-in links, failed sign-ins, expired or revoked API tokens,
 *   from their last use or end;
 * - `auditTrail`: audit entries, from when they were written; only the database owner may delete them.
 */
export const retentionKinds = ['sessionNotes', 'agenda', 'cases', 'signIn', 'auditTrail'] as const;
export type RetentionKind = (typeof retentionKinds)[number];

/** Days each kind is kept. */
export type RetentionPolicy = Record<RetentionKind, number>;

/** One kind to purge, as of the retention run's moment. */
export interface PurgeRequest {
  kind: RetentionKind;
  days: number;
  /** The run's moment (ISO): what is older than `days` before it goes. */
  at: string;
}

export interface PurgeResult {
  kind: RetentionKind;
  /** What was older than this was purged (ISO). */
  before: string;
  /** Rows blanked or deleted, per table. */
  purged: Record<string, number>;
  /** Rows past their period that only the database owner may delete (the audit trail's). */
  awaitingOwner: number;
}

/** How many rows a purge touched in all. */
export function purgedCount(result: PurgeResult): number {
  return Object.values(result.purged).reduce((sum, n) => sum + n, 0);
}

/** One line of a worker's log: `cases: 3 (cases 2, occurrence_cases 1)`, or `cases: nothing`. */
export function purgeLine(result: PurgeResult): string {
  const tables = Object.entries(result.purged).filter(([, n]) => n > 0);
  const purged =
    tables.length === 0
      ? 'nothing'
      : `${purgedCount(result)} (${tables.map(([t, n]) => `${t} ${n}`).join(', ')})`;
  const owner = result.awaitingOwner > 0 ? `, ${result.awaitingOwner} awaiting the database owner` : '';
  return `${result.kind}: ${purged}${owner}`;
}
