import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { AuditFilter, AuditTrailEntry } from '@leercyclus/domain';
import type { Queryable } from '../database.js';
import { auditLog, people } from '../schema/index.js';

function conditions(filter: AuditFilter, before: number | undefined): SQL | undefined {
  return and(
    filter.personId === undefined ? undefined : eq(auditLog.actor, filter.personId),
    filter.recordType === undefined ? undefined : eq(auditLog.recordType, filter.recordType),
    filter.recordId === undefined ? undefined : eq(auditLog.recordId, filter.recordId),
    filter.from === undefined ? undefined : gte(auditLog.at, new Date(filter.from)),
    filter.until === undefined ? undefined : lt(auditLog.at, new Date(filter.until)),
    filter.operation === undefined ? undefined : eq(auditLog.operation, filter.operation),
    before === undefined ? undefined : lt(auditLog.id, before),
  );
}

/**
 * The audit trail as its reader sees it: newest first (by id, the order of the chain), each entry with its
 * actor's name when they are a person of the record. `limit + 1` entries are read to tell whether more follow.
 */
export async function readAuditTrail(
  q: Queryable,
  filter: AuditFilter,
  page: { before?: number | undefined; limit: number },
): Promise<{ entries: AuditTrailEntry[]; more: boolean }> {
  const rows = await q
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actor: auditLog.actor,
      actorName: people.name,
      onBehalfOf: auditLog.onBehalfOf,
      operation: auditLog.operation,
      action: auditLog.action,
      recordType: auditLog.recordType,
      recordId: auditLog.recordId,
      details: auditLog.details,
      clientAddress: auditLog.clientAddress,
      session: auditLog.session,
      userAgent: auditLog.userAgent,
    })
    .from(auditLog)
    .leftJoin(people, eq(people.id, auditLog.actor))
    .where(conditions(filter, page.before))
    .orderBy(desc(auditLog.id))
    .limit(page.limit + 1);
  return {
    entries: rows
      .slice(0, page.limit)
      .map((row) => ({ ...row, id: Number(row.id), at: row.at.toISOString() })),
    more: rows.length > page.limit,
  };
}
