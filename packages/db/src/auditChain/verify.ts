import { asc, gt, sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import { auditLog } from '../schema/index.js';
import { entryHash } from './content.js';

/** The first place where the chain does not hold. */
export interface ChainBreak {
  id: number;
  /** When the entry says it happened (UTC). */
  at: string;
  /** `content`: the entry no longer hashes to its hash; `link`: it does not point to the entry before it. */
  kind: 'content' | 'link';
  /** What differs, in a sentence. */
  description: string;
}

export interface ChainReport {
  checked: number;
  /** The last entry checked: note its hash elsewhere, and a later run shows that nothing after it was cut off. */
  last: { id: number; hash: string } | null;
  broken: ChainBreak | null;
}

export interface VerifyOptions {
  /** Entries read per query. */
  batchSize?: number;
  /** Called after each batch with the entries checked so far and the count when it started. */
  progress?: (checked: number, total: number) => void;
}

/** The next entries in id order, each column as the chain hashes it. */
function entriesAfter(db: Db, afterId: number | null, limit: number) {
  return db
    .select({
      id: auditLog.id,
      at: sql<string>`to_char(${auditLog.at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      actor: auditLog.actor,
      onBehalfOf: auditLog.onBehalfOf,
      operation: auditLog.operation,
      action: auditLog.action,
      recordType: auditLog.recordType,
      recordId: auditLog.recordId,
      details: sql<string>`${auditLog.details}::text`,
      clientAddress: auditLog.clientAddress,
      session: auditLog.session,
      userAgent: auditLog.userAgent,
      prevHash: auditLog.prevHash,
      hash: auditLog.hash,
    })
    .from(auditLog)
    .where(afterId === null ? undefined : gt(auditLog.id, afterId))
    .orderBy(asc(auditLog.id))
    .limit(limit);
}

const short = (hash: string | null) => (hash === null ? 'none' : hash.slice(0, 12));

/**
 * Walks the audit log in id order and checks every entry's hash against its content and the hash of the entry
 * before it; stops at the first break. Anyone who may read the log may run it.
 */
export async function verifyAuditChain(db: Db, options: VerifyOptions = {}): Promise<ChainReport> {
  const batchSize = options.batchSize ?? 5000;
  const total = await db.$count(auditLog);
  let checked = 0;
  let previous: { id: number; hash: string } | null = null;
  for (;;) {
    const batch = await entriesAfter(db, previous?.id ?? null, batchSize);
    for (const entry of batch) {
      const id = Number(entry.id);
      const expectedLink = previous?.hash ?? null;
      if (entry.prevHash !== expectedLink) {
        return {
          checked,
          last: previous,
          broken: {
            id,
            at: entry.at,
            kind: 'link',
            description:
              previous === null
                ? `the first entry points to an earlier entry (${short(entry.prevHash)}): entries before it were removed`
                : `it points to ${short(entry.prevHash)}, but entry ${previous.id} before it hashes to ` +
                  `${short(previous.hash)}: an entry between them was removed, or entry ${previous.id} was rewritten`,
          },
        };
      }
      const expected = entryHash(entry.prevHash, { ...entry, id });
      if (entry.hash !== expected) {
        return {
          checked,
          last: previous,
          broken: {
            id,
            at: entry.at,
            kind: 'content',
            description: `its content hashes to ${short(expected)}, not to its stored ${short(entry.hash)}: it was changed after it was written`,
          },
        };
      }
      previous = { id, hash: entry.hash };
      checked += 1;
    }
    options.progress?.(checked, total);
    if (batch.length < batchSize) return { checked, last: previous, broken: null };
  }
}
