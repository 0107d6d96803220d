import type { Checkpoint, Reminder } from './checkpoint.js';
import type { Occurrence } from './cycleCalendar.js';
import type { DistrictSlot } from './cycleLaunch.js';
import type { LearningQuestion } from './agenda.js';

/** The header of a process as the record keeps it. */
export interface CycleRecordHeader {
  programmeId: string;
  number: number;
  title: string;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  districts: DistrictSlot[];
  status: 'running' | 'closed';
  overdueCheckpoints: number;
  nextEventAt: string | null;
}

interface EventBase {
  /** Unique per write: `<workflow id>#<sequence>`. A retried or replayed activity carries the same id. */
  eventId: string;
  /** The workflow id of the cycle. */
  cycleId: string;
  /** Workflow time of the change. */
  at: string;
  /** The user on whose command it happened, or `system` for timers. */
  actor: string;
}

/**
 * What a learning cycle's workflow hands to the record, as snapshots of what changed. Applying an event twice
 * (same eventId) changes nothing; each snapshot replaces the row with its natural key.
 */
export type CycleRecordEvent = EventBase &
  (
    | { type: 'cycleUpdated'; cycle: CycleRecordHeader }
    | { type: 'occurrenceUpdated'; occurrence: Occurrence }
    | { type: 'questionUpdated'; question: LearningQuestion }
    | { type: 'checkpointUpdated'; checkpoint: Checkpoint }
    /** A reminder to deliver: goes to the outbox. */
    | { type: 'reminderQueued'; reminder: Reminder; checkpointTitle: string }
  );
