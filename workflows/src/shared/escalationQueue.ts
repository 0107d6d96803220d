import { proxyActivities } from '@temporalio/workflow';
import type { EscalationRequest, RecordFailure } from '@leercyclus/domain/workflow';
import type { RoutingActivities } from '../activities.js';
import { RecordQueue, type QueueCarry } from './recordQueue.js';

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
export function escalationQueue(
  idPrefix: string,
  carried: QueueCarry<OutgoingEscalation> | undefined,
  refused: (failure: RecordFailure) => void,
) {
  return new RecordQueue<{ request: EscalationRequest }, OutgoingEscalation>(
    `${idPrefix}/escalations`,
    (batch) => escalate(batch.map((entry) => entry.request)),
    (body, stamp) => ({ ...body, ...stamp }),
    carried,
    refused,
  );
}
