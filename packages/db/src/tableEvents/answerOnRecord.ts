import { and, eq } from 'drizzle-orm';
import { answeredObstacle, type EscalationAnswer } from '@leercyclus/domain';
import { applyOnce } from '../applyOnce.js';
import { ownedRecordId, type WrittenRecord } from '../cycleEvents/types.js';
import type { Db, Tx } from '../database.js';
import { writeObstacle } from '../groupEvents/obstacle.js';
import { applyEach } from '../recordFailure.js';
import { obstaclesOf } from '../repositories/obstacles.js';
import { checkpoints } from '../schema/index.js';

/** The decision on an overdue checkpoint's escalation, shown on the checkpoint; a second one changes nothing. */
async function onCheckpoint(tx: Tx, answer: EscalationAnswer, checkpointId: string): Promise<WrittenRecord> {
  const key = and(
    eq(checkpoints.processId, answer.source.processId),
    eq(checkpoints.checkpointId, checkpointId),
  );
  const [row] = await tx
    .select({ escalation: checkpoints.escalation, escalatedAt: checkpoints.escalatedAt })
    .from(checkpoints)
    .where(key);
  // A checkpoint recorded before the record kept its escalation has only the moment it went up.
  const escalation = row?.escalation ?? {
    id: answer.escalationId,
    table: answer.decision.table,
    raisedAt: (row?.escalatedAt ?? new Date(answer.decision.decidedAt)).toISOString(),
    decision: null,
  };
  if (row && escalation.id === answer.escalationId && !escalation.decision) {
    await tx
      .update(checkpoints)
      .set({ escalation: { ...escalation, decision: answer.decision } })
      .where(key);
  }
  return { recordType: 'checkpoint', recordId: ownedRecordId(answer.source.processId, checkpointId) };
}

/** The decision on an obstacle, as the group would have applied it: "needs information" opens it again. */
async function onObstacle(tx: Tx, answer: EscalationAnswer, obstacleId: string): Promise<WrittenRecord> {
  const groupId = answer.source.processId;
  const [obstacle] = await obstaclesOf(tx, groupId, obstacleId);
  const answered = obstacle && answeredObstacle(obstacle, answer.escalationId, answer.decision);
  if (answered) return writeObstacle(tx, groupId, answered);
  return { recordType: 'groupObstacle', recordId: ownedRecordId(groupId, obstacleId) };
}

/** Where a decision lands in the record when its process has closed; a question's answer lands on none. */
function writerFor(answer: EscalationAnswer): ((tx: Tx) => Promise<WrittenRecord>) | undefined {
  const { kind, checkpointId, obstacleId } = answer.source;
  if (kind === 'cycleCheckpoint' && checkpointId) return (tx) => onCheckpoint(tx, answer, checkpointId);
  if (kind === 'groupObstacle' && obstacleId) return (tx) => onObstacle(tx, answer, obstacleId);
  return undefined;
}

/**
 * Puts a table's decision on the checkpoint or obstacle that raised it, in the record, for when its process has
 * closed and cannot take it any more: people see it on the closed cycle's or group's page. Written once, under
 * an event id derived from the table event that carried the answer, with an audit entry. A question's answer
 * is not written here (false): it goes on to the cycle that carried the question over.
 */
export async function recordAnswerAtSource(
  db: Db,
  tableEventId: string,
  answer: EscalationAnswer,
): Promise<boolean> {
  const write = writerFor(answer);
  if (!write) return false;
  const event = {
    eventId: `${tableEventId}/at-source`,
    type: 'answerRecordedAtSource',
    at: answer.decision.decidedAt,
  };
  await applyEach([event], (e) => applyOnce(db, e, answer.decision.decidedBy, write));
  return true;
}
