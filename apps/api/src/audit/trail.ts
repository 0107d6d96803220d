import type { TRPCError } from '@trpc/server';
import {
  appendAudit,
  type Actor,
  type AuditEntry,
  type AuditOperation,
  type Db,
  type RequestOrigin,
} from '@leercyclus/db';
import { unreachablePart } from '../unreachable.js';

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

/** At most this many entries wait for a record that is away; past that, a change fails until it is back. */
const maxHeld = 10_000;

/**
 * Entries of changes already made (a command Temporal took while the record was away) that the record could not
 * take yet, per record, oldest first: they are written, with the time they happened, before its next entry.
 */
const held = new WeakMap<Db, { actor: Actor; entry: AuditEntry }[]>();

async function writeHeld(db: Db): Promise<void> {
  const waiting = held.get(db);
  // Taken at once, so that calls at the same moment do not write one twice.
  const batch = waiting?.splice(0) ?? [];
  for (const [index, { actor, entry }] of batch.entries()) {
    try {
      await appendAudit(db, actor, entry);
    } catch (error) {
      waiting!.unshift(...batch.slice(index));
      throw error;
    }
  }
}

/**
 * Writes an entry. A read is shown only once its entry is written; a change has happened whatever the record
 * says, so while the record is out of reach its entry waits (in this process) for the record to come back, and
 * the change is answered as done.
 */
async function append(db: Db, actor: Actor, entry: AuditEntry): Promise<void> {
  try {
    await writeHeld(db);
    await appendAudit(db, actor, entry);
  } catch (error) {
    const waiting = held.get(db) ?? [];
    const change = entry.operation !== 'read' && entry.operation !== 'export';
    if (!change || unreachablePart(error) !== 'record' || waiting.length >= maxHeld) throw error;
    waiting.push({ actor, entry: { ...entry, at: entry.at ?? new Date() } });
    held.set(db, waiting);
  }
}

/**
 * Writes the call's entry once it has finished: an audited procedure's answer (one INSERT; a read is not answered
 * when its entry cannot be written), or a call refused for want of a signed-in person. Refusals of a signed-in
 * person are written where they are decided (`access/refusal.ts`).
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
  await append(db, trail.actor, {
    operation: audit.operation,
    action: path,
    recordType: audit.recordType,
    recordId: audit.recordId?.(call) ?? path,
    ...(audit.details ? { details: audit.details(call) } : {}),
  });
}
