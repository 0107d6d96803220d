import { proxyActivities } from '@temporalio/workflow';
import type { EscalationRequest } from '@leercyclus/domain';
import type { RoutingActivities } from '../activities.js';
import { RecordQueue } from './recordQueue.js';

const { escalate } = proxyActivities<RoutingActivities>({
  startToCloseTimeout: '30 seconds',
  // A table may be unreachable for a while: keep retrying, never drop an escalation.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export interface OutgoingEscalation {
  request: EscalationRequest;
  eventId: string;
  at: string;
}

/** Escalations on their way to a management table, in order; the table ignores an id it already holds. */
export function escalationQueue(processId: string, sequence: number, carried: OutgoingEscalation[] = []) {
  return new RecordQueue<{ request: EscalationRequest }, OutgoingEscalation>(
    `${processId}/escalations`,
    (batch) => escalate(batch.map((entry) => entry.request)),
    (body, stamp) => ({ ...body, ...stamp }),
    sequence,
    carried,
  );
}
