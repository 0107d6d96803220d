import type { TRPCError } from '@trpc/server';
import { appendAudit, type Actor, type AuditOperation, type Db, type RequestOrigin } from '@leercyclus/db';

/** What an audited call's entry may be drawn from: its validated input (scoped procedures) and its answer. */
export interface AuditedCall<I = unknown, A = unknown> {
  input: I;
  answer: A;
}

/**
 * How a procedure's successful calls are written to the audit trail (NEN 7513): the kind of action, the kind of
 * record, which record, and what else to note — ids of what the answer showed, never free text a person typed.
 */
export interface AuditMeta {
  operation: AuditOperation;
  recordType: string;
  /** The record the call concerns; the procedure's path when not given. */
  recordId?: (call: AuditedCall) => string;
  details?: (call: AuditedCall) => Record<string, unknown>;
}

/**
 * The procedure metadata that has each successful call audited, typed by the input and answer the procedure
 * takes and gives (metadata itself is untyped per procedure). A write its repository already audits in its own
 * transaction needs none.
 */
export function auditAs<I = unknown, A = unknown>(
  operation: AuditOperation,
  recordType: string,
  describe: {
    recordId?: (call: AuditedCall<I, A>) => string;
    details?: (call: AuditedCall<I, A>) => Record<string, unknown>;
  } = {},
): { audit: AuditMeta } {
  return { audit: { operation, recordType, ...(describe as Pick<AuditMeta, 'recordId' | 'details'>) } };
}

/**
 * What the call's middlewares learn as it goes, for its entry: who acts and in which capacity (once signed in
 * and let through), and the validated input (once parsed before the access check).
 */
export interface CallTrail {
  actor?: Actor;
  input?: unknown;
}

type Outcome = { ok: true; data: unknown } | { ok: false; error: TRPCError };

/**
 * Writes the call's entry once it has finished: an audited procedure's answer (one INSERT; the answer is not
 * given when the entry cannot be written), or a call refused for want of a signed-in person. Refusals of a
 * signed-in person are written where they are decided (`access/refusal.ts`).
 */
export async function recordCall(
  db: Db,
  origin: RequestOrigin,
  path: string,
  audit: AuditMeta | undefined,
  trail: CallTrail,
  outcome: Outcome,
): Promise<void> {
  if (!outcome.ok) {
    if (outcome.error.code !== 'UNAUTHORIZED' || trail.actor) return;
    await appendAudit(
      db,
      { userId: 'anonymous', origin },
      {
        operation: 'refused',
        action: 'refused',
        recordType: 'procedure',
        recordId: path,
        details: { code: 'UNAUTHORIZED' },
      },
    );
    return;
  }
  if (!audit || !trail.actor) return;
  const call = { input: trail.input, answer: outcome.data };
  await appendAudit(db, trail.actor, {
    operation: audit.operation,
    action: path,
    recordType: audit.recordType,
    recordId: audit.recordId?.(call) ?? path,
    ...(audit.details ? { details: audit.details(call) } : {}),
  });
}
