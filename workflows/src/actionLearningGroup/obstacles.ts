import {
  answeredObstacle,
  type EscalateObstacleInput,
  type EscalationAnswer,
  type EscalationRequest,
  type GroupState,
  type Obstacle,
  type RaiseObstacleInput,
} from '@leercyclus/domain/workflow';
import { refuse } from '../shared/commandErrors.js';

/**
 * An obstacle the group cannot remove itself goes on its list, open. Escalating it to a management table
 * (`groups.escalate`) sets its status and escalation; raising it escalates nothing.
 */
export function raiseObstacle(
  state: GroupState,
  input: RaiseObstacleInput,
  by: string,
  now: number,
): Obstacle {
  const obstacle: Obstacle = {
    id: `obstacle-${state.obstacles.length + 1}`,
    text: input.text,
    level: input.level,
    raisedBy: by,
    raisedAt: new Date(now).toISOString(),
    iteration: state.currentIteration,
    status: 'open',
    escalation: null,
  };
  state.obstacles.push(obstacle);
  return obstacle;
}

function findObstacle(state: GroupState, id: string): Obstacle {
  const obstacle = state.obstacles.find((o) => o.id === id);
  if (!obstacle) throw refuse('notFound', `obstacleId: this group has no obstacle ${id}`);
  return obstacle;
}

export function validateEscalateObstacle(state: GroupState, input: EscalateObstacleInput): void {
  const obstacle = findObstacle(state, input.obstacleId);
  if (obstacle.status !== 'open') {
    throw refuse('invalid', `obstacleId: ${obstacle.id} is ${obstacle.status}; only open obstacles go up`);
  }
}

/** Sends an obstacle up the same escalation path as a cycle's questions. */
export function escalateObstacle(
  state: GroupState,
  input: EscalateObstacleInput,
  by: string,
  now: number,
  idPrefix: string,
) {
  const obstacle = findObstacle(state, input.obstacleId);
  const raisedAt = new Date(now).toISOString();
  const id = `${idPrefix}/${obstacle.id}@${raisedAt}`;
  obstacle.status = 'escalated';
  obstacle.escalation = { id, table: input.table, why: input.why, raisedAt, raisedBy: by, decision: null };
  const request: EscalationRequest = {
    id,
    table: input.table,
    source: {
      kind: 'groupObstacle',
      processId: state.groupId,
      programmeId: state.programmeId,
      questionNumber: null,
      checkpointId: null,
      obstacleId: obstacle.id,
    },
    text: obstacle.text,
    why: input.why,
    raisedBy: by,
    raisedAt,
    history: [],
  };
  return { obstacle, request };
}

/** The table's answer on the obstacle: "needs information" reopens it; a repeated delivery changes nothing. */
export function applyObstacleAnswer(state: GroupState, answer: EscalationAnswer): Obstacle | undefined {
  const index = state.obstacles.findIndex((o) => o.escalation?.id === answer.escalationId);
  const answered =
    index >= 0 ? answeredObstacle(state.obstacles[index]!, answer.escalationId, answer.decision) : undefined;
  if (answered) state.obstacles[index] = answered;
  return answered;
}
