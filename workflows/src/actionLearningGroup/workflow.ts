import { continueAsNew, setHandler } from '@temporalio/workflow';
import {
  advanceGroupInputSchema,
  completeGroupInputSchema,
  escalateObstacleInputSchema,
  joinGroupInputSchema,
  leaveGroupInputSchema,
  raiseObstacleInputSchema,
  remindCheckpointInputSchema,
  submitGroupEvaluationInputSchema,
  groupWorkflowId,
  type GroupLaunch,
  type GroupResult,
} from '@leercyclus/domain/workflow';
import {
  advanceGroupUpdate,
  completeGroupUpdate,
  escalateObstacleUpdate,
  groupStateQuery,
  joinGroupUpdate,
  leaveGroupUpdate,
  raiseObstacleUpdate,
  submitGroupEvaluationUpdate,
} from '../messages/actionLearningGroup.js';
import { remindCheckpointUpdate } from '../messages/learningCycle.js';
import { escalationAnsweredSignal } from '../messages/managementTable.js';
import { Process } from '../shared/process.js';
import { Group } from './group.js';
import type { CarriedGroup } from './state.js';

/**
 * An action-learning group: a pressing practice question worked on in iterations (formulate, analyse, reflect,
 * set a goal, act, evaluate), with members joining and leaving, meetings on a weekly cadence and evaluation
 * checkpoints chased with the same shared parts as a learning cycle. It ends when it is completed with what was
 * embedded in daily work; when it came from a cycle's question its lesson goes back to that cycle. A continued
 * run starts from the carried state alone (`launch` is null then).
 */
export async function actionLearningGroup(
  launch: GroupLaunch | null,
  carried?: CarriedGroup,
): Promise<GroupResult> {
  const process: Process = new Process({
    processId: carried?.state.groupId ?? groupWorkflowId(launch!.slug),
    closed: () => group.state.status === 'closed',
    describe: () => group.describe,
    messagesPerRun: 1_000,
    appliedUpdates: carried?.appliedUpdates,
  });
  const group: Group = new Group(launch, carried, process);

  setHandler(groupStateQuery, () => group.state);
  process.command(joinGroupUpdate, joinGroupInputSchema, group.join);
  process.command(leaveGroupUpdate, leaveGroupInputSchema, group.leave);
  process.command(advanceGroupUpdate, advanceGroupInputSchema, group.advance);
  process.command(submitGroupEvaluationUpdate, submitGroupEvaluationInputSchema, group.submitEvaluation);
  process.command(remindCheckpointUpdate, remindCheckpointInputSchema, group.remindCheckpoint);
  process.command(raiseObstacleUpdate, raiseObstacleInputSchema, group.raiseObstacle);
  process.command(escalateObstacleUpdate, escalateObstacleInputSchema, group.escalateObstacle);
  process.command(completeGroupUpdate, completeGroupInputSchema, group.complete);
  process.signal(escalationAnsweredSignal, group.answer);

  const { continuing, appliedUpdates } = await process.run(group);
  if (continuing) return continueAsNew<typeof actionLearningGroup>(null, group.carry(appliedUpdates));
  return group.result!;
}
