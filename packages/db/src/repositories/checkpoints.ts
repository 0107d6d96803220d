import { and, asc, eq, lt, ne, sql } from 'drizzle-orm';
import type { MessageStatus } from '@leercyclus/domain';
import type { Queryable } from '../database.js';
import { latestReminderMail } from '../mail/statuses.js';
import { checkpoints, processes, reminders } from '../schema/index.js';

export interface OverdueCheckpoint {
  kind: 'learningCycle' | 'actionLearningGroup';
  /** The workflow id of the cycle or group. */
  processId: string;
  /** The cycle's title or the group's question. */
  processTitle: string;
  /** Null for a group outside any programme. */
  programmeId: string | null;
  /** The cycle's id, number and title; null for a group. */
  cycleId: string | null;
  number: number | null;
  cycleTitle: string | null;
  /** The group's slug; null for a cycle. */
  groupSlug: string | null;
  checkpointId: string;
  title: string;
  owner: string;
  dueAt: string;
  /** Whole days past the due moment. */
  daysOverdue: number;
  remindersSent: number;
  lastReminderAt: string | null;
  /** Where the latest reminder's e-mail stands: the list never says sent before the mail server accepted it. */
  lastReminderMail: MessageStatus | null;
}

const dayMs = 86_400_000;

/**
 * The coordinator's list: unsubmitted checkpoints of running cycles and groups past their due moment, longest
 * overdue first — from the record, one indexed query however many processes run.
 */
export async function listOverdueCheckpoints(
  q: Queryable,
  now: Date,
  filters: { programmeId?: string | undefined } = {},
): Promise<OverdueCheckpoint[]> {
  const lastReminder = sql<Date | null>`(select max(${reminders.queuedAt}) from ${reminders}
    where ${reminders.processId} = ${checkpoints.processId} and ${reminders.checkpointId} = ${checkpoints.checkpointId})`;
  const rows = await q
    .select({ checkpoint: checkpoints, process: processes, lastReminderAt: lastReminder })
    .from(checkpoints)
    .innerJoin(processes, eq(processes.workflowId, checkpoints.processId))
    .where(
      and(
        ne(checkpoints.status, 'submitted'),
        lt(checkpoints.dueAt, now),
        eq(processes.status, 'running'),
        filters.programmeId === undefined ? undefined : eq(processes.programmeId, filters.programmeId),
      ),
    )
    .orderBy(asc(checkpoints.dueAt), asc(checkpoints.processId));
  const mail = await latestReminderMail(q, [...new Set(rows.map((row) => row.process.workflowId))]);
  return rows.map(({ checkpoint, process, lastReminderAt }) => {
    const isCycle = process.kind === 'learningCycle';
    return {
      kind: process.kind,
      processId: process.workflowId,
      processTitle: process.title,
      programmeId: process.programmeId,
      cycleId: isCycle ? process.workflowId : null,
      number: isCycle ? process.number : null,
      cycleTitle: isCycle ? process.title : null,
      groupSlug: isCycle ? null : process.workflowId.replace(/^group\//, ''),
      checkpointId: checkpoint.checkpointId,
      title: checkpoint.title,
      owner: checkpoint.owner,
      dueAt: checkpoint.dueAt.toISOString(),
      daysOverdue: Math.floor((now.getTime() - checkpoint.dueAt.getTime()) / dayMs),
      remindersSent: checkpoint.remindersSent,
      lastReminderAt: lastReminderAt ? new Date(lastReminderAt).toISOString() : null,
      lastReminderMail: mail.get(`${process.workflowId}#${checkpoint.checkpointId}`) ?? null,
    };
  });
}
