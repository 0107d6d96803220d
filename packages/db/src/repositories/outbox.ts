import { asc, eq } from 'drizzle-orm';
import type { MessageStatus } from '@leercyclus/domain';
import type { Queryable } from '../database.js';
import { reminderMessageJoin, statusColumns, statusOf } from '../mail/statuses.js';
import { mailPreferences, messages, reminders } from '../schema/index.js';

export interface OutboxReminder {
  cycleId: string;
  reminderId: string;
  checkpointId: string;
  checkpointTitle: string;
  kind: string;
  recipient: string;
  sentBy: string | null;
  queuedAt: string;
  /** Where its e-mail stands; null for a reminder recorded before e-mail was sent. */
  mail: MessageStatus | null;
}

/** The reminders processes sent, oldest first, each with its e-mail's state; of one process when asked. */
export async function listOutbox(
  q: Queryable,
  filters: { cycleId?: string } = {},
): Promise<OutboxReminder[]> {
  const rows = await q
    .select({ reminder: reminders, ...statusColumns })
    .from(reminders)
    .leftJoin(messages, reminderMessageJoin)
    .leftJoin(mailPreferences, eq(mailPreferences.personId, messages.recipient))
    .where(filters.cycleId === undefined ? undefined : eq(reminders.processId, filters.cycleId))
    .orderBy(asc(reminders.queuedAt), asc(reminders.reminderId));
  return rows.map(({ reminder, ...status }) => ({
    cycleId: reminder.processId,
    reminderId: reminder.reminderId,
    checkpointId: reminder.checkpointId,
    checkpointTitle: reminder.checkpointTitle,
    kind: reminder.kind,
    recipient: reminder.recipient,
    sentBy: reminder.sentBy,
    queuedAt: reminder.queuedAt.toISOString(),
    mail: statusOf(status),
  }));
}
