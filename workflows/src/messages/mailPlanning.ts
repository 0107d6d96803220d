import type { ScheduleOptions, ScheduleOptionsStartWorkflowAction } from '@temporalio/client';
import type { planMail } from '../mail/planMail.js';
import { taskQueue } from './taskQueue.js';

/** The schedule that queues agendas and weekly digests; created (or brought up to date) by every worker at start. */
export const mailPlanningScheduleId = 'mail-planning';

/**
 * Every quarter hour, never two runs at once: a Monday 08:00 digest goes out by 08:15 local time, an agenda within
 * a quarter hour of its meeting coming a week away. A run missed (no worker) is made up once, not one per gap.
 */
export function mailPlanningSchedule(): ScheduleOptions<ScheduleOptionsStartWorkflowAction<typeof planMail>> {
  return {
    scheduleId: mailPlanningScheduleId,
    spec: { intervals: [{ every: '15 minutes' }] },
    action: {
      type: 'startWorkflow',
      workflowType: 'planMail',
      workflowId: 'mail/plan',
      taskQueue,
      args: [],
    },
    policies: { overlap: 'SKIP', catchupWindow: '15 minutes' },
  };
}
