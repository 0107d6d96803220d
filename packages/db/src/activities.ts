import type { CycleRecordEvent, GroupRecordEvent } from '@leercyclus/domain';
import { applyCycleEvents } from './cycleEvents/apply.js';
import { applyGroupEvents } from './groupEvents/apply.js';
import type { Db } from './database.js';

/**
 * The record's activities, as the worker registers them. Each write carries its event id, so Temporal may retry
 * an activity as often as it needs: nothing is written twice.
 */
export function createRecordActivities(db: Db) {
  return {
    recordCycleEvents: async (events: CycleRecordEvent[]): Promise<void> => {
      await applyCycleEvents(db, events);
    },
    recordGroupEvents: async (events: GroupRecordEvent[]): Promise<void> => {
      await applyGroupEvents(db, events);
    },
  };
}

export type RecordActivities = ReturnType<typeof createRecordActivities>;
