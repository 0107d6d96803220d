import type { GroupRecordEvent } from '@leercyclus/domain';
import { recordActivities } from '../shared/recordActivities.js';
import { RecordQueue } from '../shared/recordQueue.js';

type Distribute<E> = E extends GroupRecordEvent ? Omit<E, 'eventId' | 'groupId' | 'at'> : never;
export type GroupEventBody = Distribute<GroupRecordEvent>;

export function groupRecordQueue(groupId: string, sequence: number, carried: GroupRecordEvent[] = []) {
  return new RecordQueue<GroupEventBody, GroupRecordEvent>(
    groupId,
    recordActivities.recordGroupEvents,
    (body, stamp) => ({ ...body, ...stamp, groupId }),
    sequence,
    carried,
  );
}
