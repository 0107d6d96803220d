import { and, eq } from 'drizzle-orm';
import type { Obstacle } from '@leercyclus/domain';
import type { Queryable } from '../database.js';
import { groupObstacles } from '../schema/index.js';

function obstacleOf(row: typeof groupObstacles.$inferSelect): Obstacle {
  return {
    id: row.obstacleId,
    text: row.text,
    level: row.level,
    raisedBy: row.raisedBy,
    raisedAt: row.raisedAt.toISOString(),
    iteration: row.iteration,
    status: row.status,
    escalation: row.escalation,
  };
}

/**
 * A group's obstacles as its workflow last recorded them, in the order they were raised, with a table's
 * decision that came after the group completed.
 */
export async function obstaclesOf(q: Queryable, groupId: string, obstacleId?: string): Promise<Obstacle[]> {
  const rows = await q
    .select()
    .from(groupObstacles)
    .where(
      and(
        eq(groupObstacles.processId, groupId),
        obstacleId === undefined ? undefined : eq(groupObstacles.obstacleId, obstacleId),
      ),
    );
  return rows.map(obstacleOf).sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}
