import { proxyActivities } from '@temporalio/workflow';
import type { RecordActivities } from '../activities.js';

/** The record's writers for cycles and groups alike. */
export const recordActivities = proxyActivities<RecordActivities>({
  startToCloseTimeout: '30 seconds',
  // The record may be away for a while (Postgres restarting): keep retrying, never drop an event.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});
