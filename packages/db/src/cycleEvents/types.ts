import type { CycleRecordEvent } from '@leercyclus/domain';

export type EventOf<T extends CycleRecordEvent['type']> = Extract<CycleRecordEvent, { type: T }>;

/** The record a snapshot replaced, as the audit log names it. */
export interface WrittenRecord {
  recordType: string;
  recordId: string;
}

/** Records a process owns are named after it: `<workflow id>#<own id>`. */
export const ownedRecordId = (cycleId: string, id: string | number) => `${cycleId}#${id}`;
