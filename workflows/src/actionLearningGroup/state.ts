import {
  groupMeetings,
  groupWorkflowId,
  type GroupLaunch,
  type GroupMember,
  type GroupRecordEvent,
  type GroupState,
} from '@leercyclus/domain/workflow';
import { plannedCheckpoints } from '../shared/checkpoints.js';
import type { CarriedQueues } from '../shared/processRecord.js';

/**
 * What a group carries into its next run when it continues as new: its whole state (the launch is not carried
 * again), its queues' counters and unsent events, and its latest update ids.
 */
export type CarriedGroup = { state: GroupState } & CarriedQueues<GroupRecordEvent>;

export function initialGroupState(launch: GroupLaunch, now: number): GroupState {
  const at = new Date(now).toISOString();
  const members: GroupMember[] = launch.members.map((plan, index) => ({
    id: `member-${index + 1}`,
    userId: plan.userId,
    displayName: plan.displayName,
    organisation: plan.organisation,
    role: plan.role,
    memberships: [{ joinedOn: plan.joinedOn, leftOn: null, leftReason: null }],
    active: true,
    iterations: [1],
  }));
  return {
    groupId: groupWorkflowId(launch.slug),
    slug: launch.slug,
    programmeId: launch.programmeId,
    theme: launch.theme,
    question: launch.question,
    questionWordings: [{ text: launch.question, since: at, by: launch.launchedBy, iteration: null }],
    facilitator: launch.facilitator,
    launchedBy: launch.launchedBy,
    startsOn: launch.startsOn,
    endsOn: launch.endsOn,
    timeZone: launch.timeZone,
    blackoutDates: launch.blackoutDates,
    meetingCadence: launch.meetings,
    status: 'running',
    nextEventAt: null,
    overdueCheckpoints: 0,
    currentIteration: 1,
    nextStep: 'formulate',
    iterations: [
      { number: 1, startedAt: at, completedAt: null, participants: members.map((m) => m.id), steps: [] },
    ],
    members,
    meetings: groupMeetings(launch),
    checkpoints: plannedCheckpoints(launch.checkpoints, launch.timeZone),
    obstacles: [],
    fromCycleQuestion: launch.fromCycleQuestion,
    completion: null,
  };
}
