import { desc, eq, inArray, sql } from 'drizzle-orm';
import type { MessageStatus } from '@leercyclus/domain';
import type { Queryable } from '../database.js';
import { mailPreferences, messages, reminders } from '../schema/index.js';

/** The columns that say where a message stands, for a select joined to it. */
export const statusColumns = {
  state: messages.state,
  queuedAt: messages.queuedAt,
  sentAt: messages.sentAt,
  settledAt: messages.settledAt,
  reason: messages.reason,
  inDigest: sql<boolean>`(${messages.digestId} is not null or (${messages.state} = 'queued'
    and not ${messages.mandatory} and ${mailPreferences.delivery} = 'dailyDigest'))`,
};

interface StatusRow {
  state: MessageStatus['state'] | null;
  queuedAt: Date | null;
  sentAt: Date | null;
  settledAt: Date | null;
  reason: string | null;
  inDigest: boolean | null;
}

/** A joined message's status; null when there is none (a reminder from before e-mail was sent). */
export function statusOf(row: StatusRow): MessageStatus | null {
  if (row.state === null || row.queuedAt === null) return null;
  const at = row.state === 'sent' ? row.sentAt : row.state === 'queued' ? row.queuedAt : row.settledAt;
  return {
    state: row.state,
    at: (at ?? row.queuedAt).toISOString(),
    reason: row.reason,
    inDigest: row.inDigest === true,
  };
}

/**
 * The message a reminder of a process became: queued as `checkpointReminder` with the reminder's record id as
 * its cause (cycleEvents/reminder.ts), so its id is `messageIdOf('checkpointReminder', '<process>#<reminder>')`.
 */
export const reminderMessageJoin = sql`${messages.id} = 'checkpointReminder:' || ${reminders.processId} || '#' || ${reminders.reminderId}`;

/** Where the e-mail of each reminder of a cycle or group stands, by reminder id. */
export async function reminderMailOf(
  q: Queryable,
  processId: string,
): Promise<Record<string, MessageStatus>> {
  const rows = await q
    .select({ reminderId: reminders.reminderId, ...statusColumns })
    .from(reminders)
    .innerJoin(messages, reminderMessageJoin)
    .leftJoin(mailPreferences, eq(mailPreferences.personId, messages.recipient))
    .where(eq(reminders.processId, processId));
  const statuses: Record<string, MessageStatus> = {};
  for (const row of rows) {
    const status = statusOf(row);
    if (status) statuses[row.reminderId] = status;
  }
  return statuses;
}

/**
 * Where the e-mail of each checkpoint's latest reminder stands, for the checkpoints of these processes, keyed
 * `<process id>#<checkpoint id>`: one query for a whole list.
 */
export async function latestReminderMail(
  q: Queryable,
  processIds: readonly string[],
): Promise<Map<string, MessageStatus>> {
  if (processIds.length === 0) return new Map();
  const rows = await q
    .selectDistinctOn([reminders.processId, reminders.checkpointId], {
      processId: reminders.processId,
      checkpointId: reminders.checkpointId,
      ...statusColumns,
    })
    .from(reminders)
    .innerJoin(messages, reminderMessageJoin)
    .leftJoin(mailPreferences, eq(mailPreferences.personId, messages.recipient))
    .where(inArray(reminders.processId, [...processIds]))
    .orderBy(
      reminders.processId,
      reminders.checkpointId,
      desc(reminders.queuedAt),
      desc(reminders.reminderId),
    );
  const statuses = new Map<string, MessageStatus>();
  for (const row of rows) {
    const status = statusOf(row);
    if (status) statuses.set(`${row.processId}#${row.checkpointId}`, status);
  }
  return statuses;
}
