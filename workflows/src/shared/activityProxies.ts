import { proxyActivities } from '@temporalio/workflow';
import type { RecordActivities, RoutingActivities } from '../activities.js';

// The record or a table may be away for a while (Postgres restarting): keep retrying transient failures, never
// drop an event; what the record refuses as invalid data comes back as a non-retryable failure.
const retry = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' } as const;

/** The record's writers for cycles and groups alike. */
export const recordActivities = proxyActivities<RecordActivities>({
  startToCloseTimeout: '30 seconds',
  retry,
});

/** Routing between processes, which the worker does with a Temporal client. */
export const routingActivities = proxyActivities<RoutingActivities>({
  startToCloseTimeout: '1 minute',
  retry,
});
