import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { reminders } from '../schema/index.js';

export interface OutboxReminder {
  cycleId: string;
  reminderId: string;
  checkpointId: string;
  checkpointTitle: string;
  kind: string;
  recipient: string;
  sentBy: string | null;
  queuedAt: string;
  deliveredAt: string | null;
}

/** Reminders in the notification outbox, oldest first: of one process, and only the undelivered when asked. */
export async function listOutbox(
  q: Queryable,
  filters: { cycleId?: string; undelivered?: boolean } = {},
): Promise<OutboxReminder[]> {
  const rows = await q
    .select()
    .from(reminders)
    .where(
      and(
        filters.cycleId === undefined ? undefined : eq(reminders.processId, filters.cycleId),
        filters.undelivered ? isNull(reminders.deliveredAt) : undefined,
      ),
    )
    .orderBy(asc(reminders.queuedAt), asc(reminders.reminderId));
  return rows.map((row) => ({
    cycleId: row.processId,
    reminderId: row.reminderId,
    checkpointId: row.checkpointId,
    checkpointTitle: row.checkpointTitle,
    kind: row.kind,
    recipient: row.recipient,
    sentBy: row.sentBy,
    queuedAt: row.queuedAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
  }));
}
