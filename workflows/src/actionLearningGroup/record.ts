import { proxyActivities } from '@temporalio/workflow';
import type { GroupRecordEvent } from '@leercyclus/domain';
import type { RecordActivities } from '../activities.js';
import { RecordQueue } from '../shared/recordQueue.js';

const { recordGroupEvents } = proxyActivities<RecordActivities>({
  startToCloseTimeout: '30 seconds',
  // The record may be away for a while (Postgres restarting): keep retrying, never drop an event.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

type Distribute<E> = E extends GroupRecordEvent ? Omit<E, 'eventId' | 'groupId' | 'at'> : never;
export type GroupEventBody = Distribute<GroupRecordEvent>;

export function groupRecordQueue(groupId: string, sequence: number, carried: GroupRecordEvent[] = []) {
  return new RecordQueue<GroupEventBody, GroupRecordEvent>(
    groupId,
    recordGroupEvents,
    (body, stamp) => ({ ...body, ...stamp, groupId }),
    sequence,
    carried,
  );
}
