import type { EscalationRequest, RecordFailure } from '@leercyclus/domain/workflow';
import { RecordQueue, type QueueCarry } from './recordQueue.js';
import { routingActivities } from './activityProxies.js';

const { escalate } = routingActivities;

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
