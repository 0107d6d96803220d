import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  AdvanceGroupInput,
  Checkpoint,
  Command,
  CompleteGroupInput,
  EscalateObstacleInput,
  ConcludedStep,
  GroupMember,
  GroupOutcome,
  GroupResult,
  GroupState,
  JoinGroupInput,
  LeaveGroupInput,
  Obstacle,
  RaiseObstacleInput,
  SubmitGroupEvaluationInput,
} from '@leercyclus/domain/workflow';

export type { GroupOutcome, GroupResult, GroupState };

export const groupStateQuery = defineQuery<GroupState>('groupState');

export const joinGroupUpdate = defineUpdate<GroupMember, [Command<JoinGroupInput>]>('joinGroup');
export const leaveGroupUpdate = defineUpdate<GroupMember, [Command<LeaveGroupInput>]>('leaveGroup');
/** Concludes the group's next step; answers with the step as concluded. */
export const advanceGroupUpdate = defineUpdate<ConcludedStep, [Command<AdvanceGroupInput>]>('advanceGroup');
export const submitGroupEvaluationUpdate = defineUpdate<Checkpoint, [Command<SubmitGroupEvaluationInput>]>(
  'submitGroupEvaluation',
);
export const raiseObstacleUpdate = defineUpdate<Obstacle, [Command<RaiseObstacleInput>]>('raiseObstacle');
export const escalateObstacleUpdate = defineUpdate<Obstacle, [Command<EscalateObstacleInput>]>(
  'escalateObstacle',
);
export const completeGroupUpdate = defineUpdate<GroupResult, [Command<CompleteGroupInput>]>('completeGroup');
// A group's checkpoints are reminded with the cycle's own `remindCheckpoint` update (same name, same input).

/**
 * A completed group's outcome, sent to the learning cycle whose question it took up, so the lesson comes back
 * onto that programme's agenda. The cycle ignores an `outcomeId` it has applied already.
 */
export const groupOutcomeSignal = defineSignal<[GroupOutcome]>('groupOutcome');
