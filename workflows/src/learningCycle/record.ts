import { proxyActivities } from '@temporalio/workflow';
import type { CycleRecordEvent } from '@leercyclus/domain';
import type { RecordActivities } from '../activities.js';
import { RecordQueue } from '../shared/recordQueue.js';

const { recordCycleEvents } = proxyActivities<RecordActivities>({
  startToCloseTimeout: '30 seconds',
  // The record may be away for a while (Postgres restarting): keep retrying, never drop an event.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

type Distribute<E> = E extends CycleRecordEvent ? Omit<E, 'eventId' | 'cycleId' | 'at'> : never;
export type CycleEventBody = Distribute<CycleRecordEvent>;

export function cycleRecordQueue(cycleId: string, sequence: number, carried: CycleRecordEvent[] = []) {
  return new RecordQueue<CycleEventBody, CycleRecordEvent>(
    cycleId,
    recordCycleEvents,
    (body, stamp) => ({ ...body, ...stamp, cycleId }),
    sequence,
    carried,
  );
}
