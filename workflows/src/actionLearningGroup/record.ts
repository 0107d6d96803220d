import type { GroupRecordEvent, GroupState } from '@leercyclus/domain/workflow';
import type { Process } from '../shared/process.js';
import { ProcessRecord, type CarriedQueues } from '../shared/processRecord.js';
import { recordActivities } from '../shared/activityProxies.js';

type Distribute<E> = E extends GroupRecordEvent ? Omit<E, 'eventId' | 'groupId' | 'at'> : never;
export type GroupEventBody = Distribute<GroupRecordEvent>;

/** A group's queues to the record (`recordGroupEvents`) and to the tables. */
export function groupRecord(process: Process, state: GroupState, carried?: CarriedQueues<GroupRecordEvent>) {
  const { groupId } = state;
  return new ProcessRecord<GroupEventBody, GroupRecordEvent>(
    process,
    state,
    recordActivities.recordGroupEvents,
    (body, stamp) => ({ ...body, ...stamp, groupId }),
    carried,
  );
}
