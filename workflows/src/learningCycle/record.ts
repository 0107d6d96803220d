import type { CycleRecordEvent } from '@leercyclus/domain';
import { recordActivities } from '../shared/recordActivities.js';
import { RecordQueue } from '../shared/recordQueue.js';

type Distribute<E> = E extends CycleRecordEvent ? Omit<E, 'eventId' | 'cycleId' | 'at'> : never;
export type CycleEventBody = Distribute<CycleRecordEvent>;

export function cycleRecordQueue(cycleId: string, sequence: number, carried: CycleRecordEvent[] = []) {
  return new RecordQueue<CycleEventBody, CycleRecordEvent>(
    cycleId,
    recordActivities.recordCycleEvents,
    (body, stamp) => ({ ...body, ...stamp, cycleId }),
    sequence,
    carried,
  );
}
