import type { Checkpoint, Reminder } from './checkpoint.js';
import type { Occurrence } from './cycleCalendar.js';
import type { DistrictSlot } from './cycleLaunch.js';
import type { WeeklySlot } from './schedule.js';
import type { LearningQuestion } from './agenda.js';
import type { CycleState } from './cycleState.js';
import type { EscalationAnswer, EscalationItem, EscalationRequest } from './escalation.js';

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
  /**
   * What a page of the cycle shows once Temporal has forgotten it (its namespace's retention), so the record
   * holds them too. Optional only so that cycles recorded before the record kept them still apply; a workflow
   * sends them all with every header.
   */
  requestId?: string;
  blackoutDates?: string[];
  programmeTeam?: WeeklySlot | null;
  questionCategories?: string[];
  launchedBy?: string;
  managementTable?: string | null;
  escalateOverdueAfterDays?: number;
  closed?: { at: string; by: string; reason: string } | null;
  groupOutcomes?: string[];
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

/**
 * The header a cycle's workflow records: its state but for the rows the record keeps apart (occurrences,
 * questions, checkpoints), so that its page can be shown from the record once Temporal has let it go.
 */
export function cycleRecordHeader(state: CycleState, requestId?: string): CycleRecordHeader {
  return {
    programmeId: state.programmeId,
    number: state.number,
    title: state.title,
    startsOn: state.startsOn,
    endsOn: state.endsOn,
    timeZone: state.timeZone,
    districts: state.districts,
    status: state.status,
    overdueCheckpoints: state.overdueCheckpoints,
    nextEventAt: state.nextEventAt,
    ...(requestId === undefined ? {} : { requestId }),
    blackoutDates: state.blackoutDates,
    programmeTeam: state.programmeTeam,
    questionCategories: state.questionCategories,
    launchedBy: state.launchedBy,
    managementTable: state.managementTable,
    escalateOverdueAfterDays: state.escalateOverdueAfterDays,
    closed: state.closed,
    groupOutcomes: state.groupOutcomes,
  };
}

/** What a management table hands out: answers to deliver, items to raise, reminders, and its record. */
export type TableEvent = { eventId: string; at: string; table: string } & (
  | { type: 'escalationUpdated'; item: EscalationItem }
  | { type: 'answerReady'; answer: EscalationAnswer }
  | { type: 'raised'; request: EscalationRequest }
  | { type: 'tableReminder'; escalationId: string; members: string[]; kind: string }
);
