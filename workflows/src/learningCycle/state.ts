import {
  cycleCalendar,
  cycleWorkflowId,
  type CycleLaunch,
  type CycleRecordEvent,
  type CycleState,
} from '@leercyclus/domain/workflow';
import { plannedCheckpoints } from '../shared/checkpoints.js';
import type { CarriedQueues } from '../shared/processRecord.js';

/**
 * What a cycle carries into its next run when it continues as new: its whole state (the launch is not carried
 * again), its queues' counters and unsent events, and its latest update ids.
 */
export type CarriedCycle = { state: CycleState } & CarriedQueues<CycleRecordEvent>;

export function initialCycleState(launch: CycleLaunch): CycleState {
  return {
    cycleId: cycleWorkflowId(launch.programmeId, launch.number),
    programmeId: launch.programmeId,
    number: launch.number,
    title: launch.title,
    startsOn: launch.startsOn,
    endsOn: launch.endsOn,
    timeZone: launch.timeZone,
    districts: launch.districts,
    blackoutDates: launch.blackoutDates,
    programmeTeam: launch.programmeTeam,
    questionCategories: launch.questionCategories,
    launchedBy: launch.launchedBy,
    managementTable: launch.managementTable,
    escalateOverdueAfterDays: launch.escalateOverdueAfterDays,
    status: 'running',
    nextEventAt: null,
    overdueCheckpoints: 0,
    occurrences: cycleCalendar(launch),
    questions: launch.carriedOverQuestions,
    checkpoints: plannedCheckpoints(launch.checkpoints, launch.timeZone),
    closed: null,
    groupOutcomes: [],
  };
}
