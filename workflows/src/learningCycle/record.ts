import type { CycleRecordEvent, CycleState } from '@leercyclus/domain/workflow';
import type { Process } from '../shared/process.js';
import { ProcessRecord, type CarriedQueues } from '../shared/processRecord.js';
import { recordActivities } from '../shared/activityProxies.js';

type Distribute<E> = E extends CycleRecordEvent ? Omit<E, 'eventId' | 'cycleId' | 'at'> : never;
export type CycleEventBody = Distribute<CycleRecordEvent>;

/** A cycle's queues to the record (`recordCycleEvents`) and to the tables. */
export function cycleRecord(process: Process, state: CycleState, carried?: CarriedQueues<CycleRecordEvent>) {
  const { cycleId } = state;
  return new ProcessRecord<CycleEventBody, CycleRecordEvent>(
    process,
    state,
    recordActivities.recordCycleEvents,
    (body, stamp) => ({ ...body, ...stamp, cycleId }),
    carried,
  );
}
