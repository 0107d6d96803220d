import { lt } from 'drizzle-orm';
import { purgedCount, type PurgeRequest, type PurgeResult, type RetentionKind } from '@leercyclus/domain';
import { appendAudit } from '../audit.js';
import type { Db, Tx } from '../database.js';
import { auditLog } from '../schema/index.js';
import { purgeAgenda } from './agenda.js';
import { purgeCases } from './cases.js';
import { purgeSessionNotes } from './sessionNotes.js';
import { purgeSignIn } from './signIn.js';

const dayMs = 86_400_000;

/** Who the audit trail names for a purge: the retention schedule, on nobody's request. */
const retentionActor = { userId: 'system:retention' };

/**
 * The audit trail is the one kind the record's own role may not delete (it may only add to it): the entries
 * past their period are counted, for the database owner to purge (docs/data-protection.md).
 */
async function auditTrailDue(tx: Tx, before: Date): Promise<number> {
  return tx.$count(auditLog, lt(auditLog.at, before));
}

const purges: Record<
  Exclude<RetentionKind, 'auditTrail'>,
  (tx: Tx, before: Date, at: Date) => Promise<Record<string, number>>
> = {
  sessionNotes: purgeSessionNotes,
  agenda: purgeAgenda,
  cases: purgeCases,
  signIn: purgeSignIn,
};

/**
 * Purges one kind of record past its period, as of `at`, in one transaction with an audit entry that says which
 * kind and how many rows per table (never what they held). A kind with nothing to purge writes no entry, so a
 * retried or repeated run adds nothing.
 */
export function purgeExpired(db: Db, request: PurgeRequest): Promise<PurgeResult> {
  const at = new Date(request.at);
  const before = new Date(at.getTime() - request.days * dayMs);
  return db.transaction(async (tx) => {
    if (request.kind === 'auditTrail') {
      return {
        kind: request.kind,
        before: before.toISOString(),
        purged: {},
        awaitingOwner: await auditTrailDue(tx, before),
      };
    }
    const result = {
      kind: request.kind,
      before: before.toISOString(),
      purged: await purges[request.kind](tx, before, at),
      awaitingOwner: 0,
    };
    const rows = purgedCount(result);
    if (rows > 0) {
      await appendAudit(tx, retentionActor, {
        operation: 'delete',
        action: 'purge',
        recordType: 'retention',
        recordId: request.kind,
        details: { before: result.before, days: request.days, rows, purged: result.purged },
      });
    }
    return result;
  });
}
