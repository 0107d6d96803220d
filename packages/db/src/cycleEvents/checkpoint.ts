import { and, eq } from 'drizzle-orm';
import type { Tx } from '../database.js';
import { instantOf } from '../instantOf.js';
import { checkpoints, developmentGoals, evaluations } from '../schema/index.js';
import { replacedBy } from '../upsert.js';
import { ownedRecordId, type EventOf, type WrittenRecord } from './types.js';

export async function writeCheckpoint(tx: Tx, event: EventOf<'checkpointUpdated'>): Promise<WrittenRecord> {
  const { checkpoint } = event;
  const key = { processId: event.cycleId, checkpointId: checkpoint.id };
  await tx
    .insert(checkpoints)
    .values({
      ...key,
      title: checkpoint.title,
      owner: checkpoint.owner,
      dueAt: instantOf(checkpoint.dueAt),
      cadence: checkpoint.cadence,
      status: checkpoint.status,
      slotsHandled: checkpoint.slotsHandled,
      remindersSent: checkpoint.remindersSent.length,
      escalatedAt: checkpoint.escalatedAt ? instantOf(checkpoint.escalatedAt) : null,
      escalation: checkpoint.escalation ?? null,
    })
    .onConflictDoUpdate({
      target: [checkpoints.processId, checkpoints.checkpointId],
      set: replacedBy(checkpoints, ['processId', 'checkpointId']),
    });

  // The evaluation and its goals are replaced as a whole; deleting it takes its goals along (cascade).
  await tx
    .delete(evaluations)
    .where(and(eq(evaluations.processId, key.processId), eq(evaluations.checkpointId, key.checkpointId)));
  const evaluation = checkpoint.evaluation;
  if (evaluation) {
    await tx.insert(evaluations).values({
      ...key,
      sharpenedQuestions: evaluation.sharpenedQuestions,
      notes: evaluation.notes,
      submittedBy: evaluation.submittedBy,
      submittedAt: instantOf(evaluation.submittedAt),
    });
    if (evaluation.developmentGoals.length > 0) {
      await tx
        .insert(developmentGoals)
        .values(evaluation.developmentGoals.map((goal, position) => ({ ...key, position, ...goal })));
    }
  }
  return { recordType: 'checkpoint', recordId: ownedRecordId(event.cycleId, checkpoint.id) };
}
