import type { CycleRecordEvent } from '@leercyclus/domain';
import { applyOnce } from '../applyOnce.js';
import type { Db, Tx } from '../database.js';
import { applyEach } from '../recordFailure.js';
import { writeCheckpoint } from './checkpoint.js';
import { writeCycle } from './cycle.js';
import { writeOccurrence } from './occurrence.js';
import { writeQuestion } from './question.js';
import { queueReminder } from './reminder.js';
import type { WrittenRecord } from './types.js';

function writeSnapshot(tx: Tx, event: CycleRecordEvent): Promise<WrittenRecord> {
  switch (event.type) {
    case 'cycleUpdated':
      return writeCycle(tx, event);
    case 'occurrenceUpdated':
      return writeOccurrence(tx, event);
    case 'questionUpdated':
      return writeQuestion(tx, event);
    case 'checkpointUpdated':
      return writeCheckpoint(tx, event);
    case 'reminderQueued':
      return queueReminder(tx, event);
  }
}

/**
 * Writes a cycle's events to the record in order, each exactly once; returns how many were new. Events of one
 * cycle must be applied in the order the workflow made them (one activity at a time), as each replaces a row.
 * Events the record refuses as invalid are thrown together after the rest (RefusedEvents).
 */
export function applyCycleEvents(db: Db, events: readonly CycleRecordEvent[]): Promise<number> {
  return applyEach(events, (event) => applyOnce(db, event, event.actor, writeSnapshot));
}
