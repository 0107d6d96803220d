import type { Obstacle } from '@leercyclus/domain';
import { ownedRecordId, type WrittenRecord } from '../cycleEvents/types.js';
import type { Tx } from '../database.js';
import { instantOf } from '../instantOf.js';
import { groupObstacles } from '../schema/index.js';
import { replacedBy } from '../upsert.js';

/** An obstacle as the group's workflow last reported it. */
export async function writeObstacle(tx: Tx, groupId: string, obstacle: Obstacle): Promise<WrittenRecord> {
  await tx
    .insert(groupObstacles)
    .values({
      processId: groupId,
      obstacleId: obstacle.id,
      text: obstacle.text,
      level: obstacle.level,
      raisedBy: obstacle.raisedBy,
      raisedAt: instantOf(obstacle.raisedAt),
      iteration: obstacle.iteration,
      status: obstacle.status,
      escalation: obstacle.escalation,
    })
    .onConflictDoUpdate({
      target: [groupObstacles.processId, groupObstacles.obstacleId],
      set: replacedBy(groupObstacles, ['processId', 'obstacleId']),
    });
  return { recordType: 'groupObstacle', recordId: ownedRecordId(groupId, obstacle.id) };
}
