import type { AuditOperation } from '@leercyclus/domain';
import type { Db, Queryable, Tx } from './database.js';
import { auditLog } from './schema/index.js';

export { auditOperations, type AuditOperation } from '@leercyclus/domain';

/**
 * Where a request came from (NEN 7513 "from where"): the client's address, a short fingerprint of the session or
 * token it carried (never the secret itself), and its user agent. Absent for what a workflow or the system does.
 */
export interface RequestOrigin {
  address: string | null;
  session: string | null;
  userAgent: string | null;
}

/**
 * Who did it: the signed-in person, in which capacity (on whose behalf: the roles that let the call through, as
 * `coordinator@programme:proeftuin`), and from where.
 */
export interface Actor {
  userId: string;
  onBehalfOf?: string | null;
  origin?: RequestOrigin;
}

export interface AuditEntry {
  /** Read, create, change, delete, export or a refused attempt; `change` when not given. */
  operation?: AuditOperation;
  action: string;
  recordType: string;
  recordId: string;
  details?: Record<string, unknown>;
  /** When it happened, if not now (a workflow's own time). */
  at?: Date;
}

export async function appendAudit(
  q: Queryable,
  actor: Actor,
  entries: AuditEntry | AuditEntry[],
): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await q.insert(auditLog).values(
    list.map((entry) => ({
      actor: actor.userId,
      onBehalfOf: actor.onBehalfOf ?? null,
      operation: entry.operation ?? 'change',
      action: entry.action,
      recordType: entry.recordType,
      recordId: entry.recordId,
      details: entry.details ?? {},
      clientAddress: actor.origin?.address ?? null,
      session: actor.origin?.session ?? null,
      userAgent: actor.origin?.userAgent ?? null,
      ...(entry.at ? { at: entry.at } : {}),
    })),
  );
}

/** A write and its audit entries commit together or not at all. */
export function audited<T>(
  db: Db,
  actor: Actor,
  work: (tx: Tx) => Promise<{ result: T; audit: AuditEntry | AuditEntry[] }>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const { result, audit } = await work(tx);
    await appendAudit(tx, actor, audit);
    return result;
  });
}
