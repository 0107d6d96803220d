import { ScheduleAlreadyRunning, type Client } from '@temporalio/client';
import type { RetentionPolicy } from '@leercyclus/domain';
import {
  retentionScheduleId,
  retentionScheduleOptions,
  retentionScheduleUpdate,
} from '@leercyclus/workflows';

/**
 * Creates the retention schedule, or brings the one there to the periods this worker was started with: each
 * worker does so as it starts, so a changed RETENTION_* setting takes effect with the next deploy, and workers
 * starting together end with the same schedule. Answers which it did.
 */
export async function ensureRetentionSchedule(
  client: Client,
  policy: RetentionPolicy,
): Promise<'created' | 'updated'> {
  try {
    await client.schedule.create(retentionScheduleOptions(policy));
    return 'created';
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
  }
  await client.schedule
    .getHandle(retentionScheduleId)
    .update((previous) => retentionScheduleUpdate(policy, previous));
  return 'updated';
}
