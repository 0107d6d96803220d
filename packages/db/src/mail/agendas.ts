import { eq } from 'drizzle-orm';
import { agendaOrder, originWords, type EscalationItem } from '@leercyclus/domain';
import type { Db, Queryable } from '../database.js';
import { memberships, programmes } from '../schema/index.js';
import { queueNewMessage } from './queue.js';
import { holdersOf, processFacts } from './recipients.js';

export interface TableMeeting {
  table: string;
  tableName: string;
  /** The meeting's start. */
  meetingAt: string;
  timeZone: string;
  /** The table's open items as its workflow holds them now. */
  open: readonly EscalationItem[];
}

/**
 * Queues a table's agenda for one meeting to each of its members (chair and members in the record), overdue items
 * first. Once per meeting per member: a later run for the same meeting (the next quarter hour, a rerun) changes
 * nothing. Answers how many were new.
 */
export async function queueTableAgenda(db: Db, meeting: TableMeeting): Promise<number> {
  return db.transaction(async (tx) => {
    const items = [];
    for (const item of meeting.open) {
      const process = await processFacts(tx, item.source.processId);
      items.push({
        escalationId: item.id,
        text: item.text,
        origin: originWords({ source: item.source, processTitle: process?.title ?? null }),
        dueAt: item.dueAt,
        overdue: item.status === 'overdue',
      });
    }
    items.sort(agendaOrder);
    const { table, tableName, meetingAt, timeZone } = meeting;
    let queued = 0;
    for (const member of await holdersOf(tx, 'table', table, ['chair', 'member'])) {
      const payload = { table, tableName, meetingAt, timeZone, items };
      const cause = `${table}@${meetingAt}#${member}`;
      if (await queueNewMessage(tx, 'tableAgenda', { cause, recipient: member, payload })) queued += 1;
    }
    return queued;
  });
}

/** Every management table the record knows of: those with members, and those a programme escalates to. */
export async function knownTables(q: Queryable): Promise<string[]> {
  const members = await q
    .selectDistinct({ slug: memberships.scopeId })
    .from(memberships)
    .where(eq(memberships.scope, 'table'));
  const escalatedTo = await q.selectDistinct({ slug: programmes.managementTable }).from(programmes);
  return [...new Set([...members, ...escalatedTo].map((row) => row.slug))].sort();
}
