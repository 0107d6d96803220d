import { and, eq } from 'drizzle-orm';
import { defaultTimeZone } from '@leercyclus/domain';
import type { Tx } from '../database.js';
import { instantOf } from '../instantOf.js';
import { queueMessage } from '../mail/queue.js';
import { checkpoints, people, processes, reminders } from '../schema/index.js';
import { ownedRecordId, type EventOf, type WrittenRecord } from './types.js';

/** What the reminder's e-mail says besides the event: the checkpoint's due moment, its process, who sent it. */
async function reminderFacts(tx: Tx, event: EventOf<'reminderQueued'>) {
  const { reminder } = event;
  const [checkpoint] = await tx
    .select({ dueAt: checkpoints.dueAt })
    .from(checkpoints)
    .where(
      and(eq(checkpoints.processId, event.cycleId), eq(checkpoints.checkpointId, reminder.checkpointId)),
    );
  const [process] = await tx
    .select({ title: processes.title, timeZone: processes.timeZone })
    .from(processes)
    .where(eq(processes.workflowId, event.cycleId));
  const [sender] = reminder.sentBy
    ? await tx.select({ name: people.name }).from(people).where(eq(people.id, reminder.sentBy))
    : [];
  return {
    dueAt: checkpoint?.dueAt.toISOString() ?? null,
    processTitle: process?.title ?? null,
    timeZone: process?.timeZone ?? defaultTimeZone,
    sentByName: sender?.name ?? null,
  };
}

/** Records a reminder a process sent and queues its e-mail to the recipient, in one transaction. */
export async function queueReminder(tx: Tx, event: EventOf<'reminderQueued'>): Promise<WrittenRecord> {
  const { reminder } = event;
  const recordId = ownedRecordId(event.cycleId, reminder.id);
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
    .onConflictDoNothing();
  await queueMessage(tx, 'checkpointReminder', {
    cause: recordId,
    recipient: reminder.recipient,
    payload: {
      processId: event.cycleId,
      checkpointId: reminder.checkpointId,
      checkpointTitle: event.checkpointTitle,
      reminderKind: reminder.kind,
      ...(await reminderFacts(tx, event)),
    },
  });
  return { recordType: 'reminder', recordId };
}
