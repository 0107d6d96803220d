import { z } from 'zod';
import {
  advanceGroupInputSchema,
  checkpointSchema,
  completeGroupInputSchema,
  escalateObstacleInputSchema,
  concludedStepSchema,
  groupMemberSchema,
  groupResultSchema,
  groupSlugSchema,
  groupWorkflowId,
  joinGroupInputSchema,
  leaveGroupInputSchema,
  obstacleSchema,
  raiseObstacleInputSchema,
  submitGroupEvaluationInputSchema,
} from '@leercyclus/domain';
import {
  advanceGroupUpdate,
  completeGroupUpdate,
  escalateObstacleUpdate,
  joinGroupUpdate,
  leaveGroupUpdate,
  raiseObstacleUpdate,
  submitGroupEvaluationUpdate,
} from '@leercyclus/workflows';
import { commandsOn } from '../../temporal/processCommand.js';

export const groupRefSchema = z.object({ slug: groupSlugSchema });

export function describeGroup(slug: string): string {
  return `Group ${slug}`;
}

const groupCommand = commandsOn(groupRefSchema, ({ slug }) => ({
  workflowId: groupWorkflowId(slug),
  describe: describeGroup(slug),
}));

export const groupCommands = {
  join: groupCommand(
    ['projectLeader', 'monitor', 'coordinator'],
    joinGroupInputSchema,
    joinGroupUpdate,
    groupMemberSchema,
  ),
  leave: groupCommand(
    ['projectLeader', 'monitor', 'coordinator'],
    leaveGroupInputSchema,
    leaveGroupUpdate,
    groupMemberSchema,
  ),
  /** The facilitator (monitor role) records each step's conclusion, in order. */
  advance: groupCommand(
    ['monitor', 'projectLeader'],
    advanceGroupInputSchema,
    advanceGroupUpdate,
    concludedStepSchema,
  ),
  submitEvaluation: groupCommand(
    ['coordinator', 'projectLeader', 'monitor'],
    submitGroupEvaluationInputSchema,
    submitGroupEvaluationUpdate,
    checkpointSchema,
  ),
  /** Puts an obstacle on the group's list; escalating it to a management table is `groups.escalate`. */
  raiseObstacle: groupCommand(
    ['monitor', 'projectLeader', 'coordinator'],
    raiseObstacleInputSchema,
    raiseObstacleUpdate,
    obstacleSchema,
  ),
  escalate: groupCommand(
    ['monitor', 'projectLeader', 'coordinator'],
    escalateObstacleInputSchema,
    escalateObstacleUpdate,
    obstacleSchema,
  ),
  complete: groupCommand(
    ['projectLeader', 'monitor'],
    completeGroupInputSchema,
    completeGroupUpdate,
    groupResultSchema,
  ),
};
