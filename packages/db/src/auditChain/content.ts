import { createHash } from 'node:crypto';

/** An entry as the chain hashes it: every column as text, the instant in UTC to the microsecond. */
export interface ChainedEntry {
  id: number;
  at: string;
  actor: string;
  onBehalfOf: string | null;
  operation: string;
  action: string;
  recordType: string;
  recordId: string;
  /** The details as Postgres writes its jsonb out: keys in its order, its spacing. */
  details: string;
  clientAddress: string | null;
  session: string | null;
  userAgent: string | null;
}

/** Its length in UTF-8 bytes, a colon and the text, or `-` for null: fields never run together. */
function field(value: string | null): string {
  return value === null ? '-' : `${Buffer.byteLength(value, 'utf8')}:${value}`;
}

/**
 * The hash an entry must carry: SHA-256 over the previous entry's hash and the entry's fields, as the database's
 * `audit_log_entry_hash` computes it (migration 0007). Rebuilt here so that verifying does not rely on a function
 * the database itself holds.
 */
export function entryHash(previous: string | null, entry: ChainedEntry): string {
  const content = [
    previous,
    String(entry.id),
    entry.at,
    entry.actor,
    entry.onBehalfOf,
    entry.operation,
    entry.action,
    entry.recordType,
    entry.recordId,
    entry.details,
    entry.clientAddress,
    entry.session,
    entry.userAgent,
  ]
    .map(field)
    .join('');
  return createHash('sha256').update(content, 'utf8').digest('hex');
}
