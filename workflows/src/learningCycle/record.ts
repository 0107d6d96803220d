import type { CycleRecordEvent, RecordFailure } from '@leercyclus/domain/workflow';
import { recordActivities } from '../shared/recordActivities.js';
import { RecordQueue, type QueueCarry } from '../shared/recordQueue.js';

type Distribute<E> = E extends CycleRecordEvent ? Omit<E, 'eventId' | 'cycleId' | 'at'> : never;
export type CycleEventBody = Distribute<CycleRecordEvent>;

export function cycleRecordQueue(
  cycleId: string,
  idPrefix: string,
  carried: QueueCarry<CycleRecordEvent> | undefined,
  refused: (failure: RecordFailure) => void,
) {
  return new RecordQueue<CycleEventBody, CycleRecordEvent>(
    idPrefix,
    recordActivities.recordCycleEvents,
    (body, stamp) => ({ ...body, ...stamp, cycleId }),
    carried,
    refused,
  );
}
