import type { Db, Queryable, Tx } from './database.js';
import { auditLog } from './schema/index.js';

/** Who did it: the signed-in user, and the user they acted for when that is someone else. */
export interface Actor {
  userId: string;
  onBehalfOf?: string | null;
}

export interface AuditEntry {
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
      action: entry.action,
      recordType: entry.recordType,
      recordId: entry.recordId,
      details: entry.details ?? {},
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
