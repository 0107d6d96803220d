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
import { grantGroupMembership, revokeGroupMembership } from './memberships.js';

export const groupRefSchema = z.object({ slug: groupSlugSchema });

export function describeGroup(slug: string): string {
  return `Group ${slug}`;
}

const groupCommand = commandsOn('group', groupRefSchema, ({ slug }) => ({
  workflowId: groupWorkflowId(slug),
  describe: describeGroup(slug),
  scopeId: slug,
}));

/** The group's facilitator, and the programme's people who look after its groups. */
const facilitation = {
  group: ['facilitator'],
  programme: ['projectLeader', 'monitor', 'coordinator'],
} as const;

export const groupCommands = {
  /** A member who is a person becomes a member of the group's scope: they read the group from then on. */
  join: groupCommand(facilitation, joinGroupInputSchema, joinGroupUpdate, groupMemberSchema, {
    people: (command) => [['userId', command.userId]],
    then: ({ db, actor, result, scopeId }) => grantGroupMembership(db, actor, scopeId, result),
  }),
  leave: groupCommand(facilitation, leaveGroupInputSchema, leaveGroupUpdate, groupMemberSchema, {
    then: ({ db, actor, result, scopeId }) => revokeGroupMembership(db, actor, scopeId, result),
  }),
  /** The facilitator records each step's conclusion, in order. */
  advance: groupCommand(
    { group: ['facilitator'], programme: ['monitor', 'projectLeader'] },
    advanceGroupInputSchema,
    advanceGroupUpdate,
    concludedStepSchema,
  ),
  submitEvaluation: groupCommand(
    facilitation,
    submitGroupEvaluationInputSchema,
    submitGroupEvaluationUpdate,
    checkpointSchema,
    {
      people: (command) =>
        command.developmentGoals.map((goal, i) => [`developmentGoals.${i}.owner`, goal.owner]),
    },
  ),
  /** Puts an obstacle on the group's list; escalating it to a management table is `groups.escalate`. */
  raiseObstacle: groupCommand(facilitation, raiseObstacleInputSchema, raiseObstacleUpdate, obstacleSchema),
  escalate: groupCommand(facilitation, escalateObstacleInputSchema, escalateObstacleUpdate, obstacleSchema),
  complete: groupCommand(
    { group: ['facilitator'], programme: ['projectLeader', 'monitor'] },
    completeGroupInputSchema,
    completeGroupUpdate,
    groupResultSchema,
  ),
};
