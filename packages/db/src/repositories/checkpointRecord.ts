import { asc, eq } from 'drizzle-orm';
import type { Checkpoint } from '@leercyclus/domain';
import type { Queryable } from '../database.js';
import { checkpoints, developmentGoals, evaluations, reminders } from '../schema/index.js';

/** Ids such as checkpoint-2 and checkpoint-10 in the order they were planned. */
const byId = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * A process's checkpoints as its workflow last recorded them, with the reminders sent (the outbox keeps each),
 * the evaluation and its development goals, and the escalation with its decision.
 */
export async function checkpointsOf(q: Queryable, processId: string): Promise<Checkpoint[]> {
  const [rows, evaluationRows, goalRows, reminderRows] = await Promise.all([
    q.select().from(checkpoints).where(eq(checkpoints.processId, processId)),
    q.select().from(evaluations).where(eq(evaluations.processId, processId)),
    q
      .select()
      .from(developmentGoals)
      .where(eq(developmentGoals.processId, processId))
      .orderBy(asc(developmentGoals.position)),
    q
      .select()
      .from(reminders)
      .where(eq(reminders.processId, processId))
      .orderBy(asc(reminders.queuedAt), asc(reminders.reminderId)),
  ]);
  return rows
    .sort((a, b) => byId(a.checkpointId, b.checkpointId))
    .map((row) => {
      const evaluation = evaluationRows.find((e) => e.checkpointId === row.checkpointId);
      return {
        id: row.checkpointId,
        title: row.title,
        owner: row.owner,
        dueAt: row.dueAt.toISOString(),
        cadence: row.cadence,
        status: row.status,
        slotsHandled: row.slotsHandled,
        remindersSent: reminderRows
          .filter((reminder) => reminder.checkpointId === row.checkpointId)
          .map((reminder) => ({
            id: reminder.reminderId,
            checkpointId: reminder.checkpointId,
            kind: reminder.kind,
            at: reminder.queuedAt.toISOString(),
            recipient: reminder.recipient,
            sentBy: reminder.sentBy,
          })),
        evaluation: evaluation
          ? {
              checkpointId: row.checkpointId,
              sharpenedQuestions: evaluation.sharpenedQuestions,
              developmentGoals: goalRows
                .filter((goal) => goal.checkpointId === row.checkpointId)
                .map((goal) => ({ text: goal.text, owner: goal.owner })),
              notes: evaluation.notes,
              submittedBy: evaluation.submittedBy,
              submittedAt: evaluation.submittedAt.toISOString(),
            }
          : null,
        // Absent rather than null, as on a checkpoint that never went up.
        ...(row.escalatedAt ? { escalatedAt: row.escalatedAt.toISOString() } : {}),
        ...(row.escalation ? { escalation: row.escalation } : {}),
      };
    });
}
