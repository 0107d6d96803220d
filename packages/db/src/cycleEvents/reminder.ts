import type { Tx } from '../database.js';
import { instantOf } from '../instantOf.js';
import { reminders } from '../schema/index.js';
import { ownedRecordId, type EventOf, type WrittenRecord } from './types.js';

/** Queues a reminder in the outbox; a sender delivers it later and sets `delivered_at`. */
export async function queueReminder(tx: Tx, event: EventOf<'reminderQueued'>): Promise<WrittenRecord> {
  const { reminder } = event;
  await tx
    .insert(reminders)
    .values({
      processId: event.cycleId,
      reminderId: reminder.id,
      checkpointId: reminder.checkpointId,
      checkpointTitle: event.checkpointTitle,
      kind: reminder.kind,
      recipient: reminder.recipient,
      sentBy: reminder.sentBy,
      queuedAt: instantOf(reminder.at),
    })
    // Never re-queue: a delivered reminder stays delivered.
    .onConflictDoNothing();
  return { recordType: 'reminder', recordId: ownedRecordId(event.cycleId, reminder.id) };
}
