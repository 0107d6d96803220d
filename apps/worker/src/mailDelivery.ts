import { ScheduleAlreadyRunning, type Client, type ScheduleOptions } from '@temporalio/client';
import { mailDeliverySchedule, mailPlanningSchedule } from '@leercyclus/workflows';

/**
 * Makes sure a schedule exists as this code defines it: created by the first worker to start, brought up to date
 * by every later one (an operator's pause stays). Workers starting together are safe: all but one find it running.
 */
async function ensureSchedule(client: Client, options: ScheduleOptions): Promise<void> {
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

/** The schedule that delivers e-mail every minute. */
export async function ensureMailDelivery(client: Client): Promise<void> {
  await ensureSchedule(client, mailDeliverySchedule());
}

/** The schedule that queues tables' agendas and coordinators' weekly digests every quarter hour. */
export async function ensureMailPlanning(client: Client): Promise<void> {
  await ensureSchedule(client, mailPlanningSchedule());
}
