import type { GroupRecordEvent, RecordFailure } from '@leercyclus/domain/workflow';
import { recordActivities } from '../shared/recordActivities.js';
import { RecordQueue, type QueueCarry } from '../shared/recordQueue.js';

type Distribute<E> = E extends GroupRecordEvent ? Omit<E, 'eventId' | 'groupId' | 'at'> : never;
export type GroupEventBody = Distribute<GroupRecordEvent>;

export function groupRecordQueue(
  groupId: string,
  idPrefix: string,
  carried: QueueCarry<GroupRecordEvent> | undefined,
  refused: (failure: RecordFailure) => void,
) {
  return new RecordQueue<GroupEventBody, GroupRecordEvent>(
    idPrefix,
    recordActivities.recordGroupEvents,
    (body, stamp) => ({ ...body, ...stamp, groupId }),
    carried,
    refused,
  );
}
