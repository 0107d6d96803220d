import { appendAudit } from './audit.js';
import type { Db, Tx } from './database.js';
import { appliedEvents } from './schema/index.js';
import type { WrittenRecord } from './cycleEvents/types.js';

/** What every event a workflow hands to the record carries. */
export interface RecordEvent {
  eventId: string;
  type: string;
  at: string;
}

/**
 * Applies one event exactly once. Its id goes into applied_events in the same transaction as its snapshot and
 * audit entry: a retry after a commit finds the id and writes nothing; a failed attempt leaves no id behind,
 * so its retry writes everything. Two attempts at once serialise on the id's primary key.
 */
export function applyOnce<E extends RecordEvent>(
  db: Db,
  event: E,
  actor: string,
  write: (tx: Tx, event: E) => Promise<WrittenRecord>,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(appliedEvents)
      .values({ eventId: event.eventId })
      .onConflictDoNothing()
      .returning({ eventId: appliedEvents.eventId });
    if (inserted.length === 0) return false;
    const written = await write(tx, event);
    await appendAudit(
      tx,
      { userId: actor },
      { action: event.type, ...written, at: new Date(event.at), details: { eventId: event.eventId } },
    );
    return true;
  });
}
