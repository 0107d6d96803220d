import { ScheduleAlreadyRunning, type Client } from '@temporalio/client';
import { mailDeliverySchedule } from '@leercyclus/workflows';

/**
 * Makes sure the schedule that delivers e-mail every minute exists, as this code defines it: created by the first
 * worker to start, brought up to date by every later one (an operator's pause stays). Workers starting together
 * are safe: all but one find it running.
 */
export async function ensureMailDelivery(client: Client): Promise<void> {
  const options = mailDeliverySchedule();
  try {
    await client.schedule.create(options);
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule.getHandle(options.scheduleId).update((current) => ({
      ...current,
      spec: options.spec,
      action: options.action,
      policies: { ...current.policies, ...options.policies },
    }));
  }
}
