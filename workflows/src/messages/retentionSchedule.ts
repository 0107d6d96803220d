import type { ScheduleDescription, ScheduleOptions, ScheduleUpdateOptions } from '@temporalio/client';
import type { RetentionPolicy } from '@leercyclus/domain/workflow';
import type * as bundle from '../workflows.js';
import { taskQueue } from './taskQueue.js';

/** The one schedule that enforces the record's retention periods. */
export const retentionScheduleId = 'leercyclus-retention';

/**
 * What the retention schedule does: every night at 03:15 Amsterdam time it starts a `retention` run with the
 * periods in force, one at a time (a run still busy makes the next one skip), and catches up a run missed in
 * the last day.
 */
function retentionSchedule(policy: RetentionPolicy): Omit<ScheduleUpdateOptions, 'state'> {
  return {
    spec: { calendars: [{ hour: 3, minute: 15 }], timezone: 'Europe/Amsterdam' },
    action: {
      type: 'startWorkflow',
      workflowType: 'retention' satisfies keyof typeof bundle,
      workflowId: 'retention',
      taskQueue,
      args: [policy],
    },
    policies: { overlap: 'SKIP', catchupWindow: '1 day' },
  };
}

/** The schedule as it is first created. */
export function retentionScheduleOptions(policy: RetentionPolicy): ScheduleOptions {
  return { scheduleId: retentionScheduleId, ...retentionSchedule(policy), state: {} };
}

/** The schedule brought to today's periods and timing, whatever it was before; an operator's pause stays. */
export function retentionScheduleUpdate(
  policy: RetentionPolicy,
  previous: ScheduleDescription,
): ScheduleUpdateOptions {
  return {
    ...retentionSchedule(policy),
    state: { paused: previous.state.paused, ...(previous.state.note ? { note: previous.state.note } : {}) },
  };
}
