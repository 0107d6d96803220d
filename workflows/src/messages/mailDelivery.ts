import type { ScheduleOptions, ScheduleOptionsStartWorkflowAction } from '@temporalio/client';
import type { deliverMail } from '../mail/deliverMail.js';
import { taskQueue } from './taskQueue.js';

/** The schedule that runs a delivery every minute; created (or brought up to date) by every worker at start. */
export const mailDeliveryScheduleId = 'mail-delivery';

/** Every minute, never two runs at once: a run still busy (retrying a mail server that is away) skips the next. */
export function mailDeliverySchedule(): ScheduleOptions<
  ScheduleOptionsStartWorkflowAction<typeof deliverMail>
> {
  return {
    scheduleId: mailDeliveryScheduleId,
    spec: { intervals: [{ every: '1 minute' }] },
    action: {
      type: 'startWorkflow',
      workflowType: 'deliverMail',
      workflowId: 'mail/deliver',
      taskQueue,
      args: [],
    },
    policies: { overlap: 'SKIP', catchupWindow: '1 minute' },
  };
}
