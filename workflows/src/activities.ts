import type {
  CycleRecordEvent,
  EscalationAnswer,
  EscalationRequest,
  GroupOutcome,
  GroupRecordEvent,
  PurgeRequest,
  PurgeResult,
  TableEvent,
} from '@leercyclus/domain/workflow';

export type { TableEvent };

/**
 * The activities workflows call, by type only: the worker registers implementations that write the record
 * (packages/db), idempotent by each event's id.
 */
export interface RecordActivities {
  recordCycleEvents(events: CycleRecordEvent[]): Promise<void>;
  recordGroupEvents(events: GroupRecordEvent[]): Promise<void>;
}

/** Where a message went: its source, a later cycle of the same programme, or only the record. */
export type Delivery = 'source' | 'nextCycle' | 'record';

/**
 * Routing between processes, done by the worker with a Temporal client: escalating to a table (signal-with-
 * start), delivering answers back (to the source, or to its programme's next cycle once it has closed), and
 * raising overdue items to a parent table.
 */
export interface RoutingActivities {
  escalate(requests: EscalationRequest[]): Promise<void>;
  /** A completed group's lesson, to the cycle whose question it took up or that programme's running cycle. */
  deliverGroupOutcome(outcome: GroupOutcome): Promise<Delivery>;
  routeTableEvents(events: TableEvent[]): Promise<void>;
  /**
   * What reached the record for a new cycle's carried questions while it was being launched: answers to their
   * escalations and lessons of groups that took them up. The cycle calls it once its own row is in the record,
   * and routing stores before it signals, so whatever either side misses the other finds.
   */
  catchUpCarried(request: CarriedCatchUpRequest): Promise<CarriedCatchUp>;
}

export interface CarriedCatchUpRequest {
  cycleId: string;
  programmeId: string;
  /** Escalations of carried questions still waiting for an answer. */
  escalationIds: string[];
  /** Where the carried questions came from, for lessons of groups that took them up. */
  origins: { cycleId: string; questionNumber: number }[];
}

export interface CarriedCatchUp {
  answers: EscalationAnswer[];
  outcomes: GroupOutcome[];
}

/** The record's retention (packages/db): purges one kind of record past its period, audited, and says how much. */
export interface RetentionActivities {
  purgeExpired(request: PurgeRequest): Promise<PurgeResult>;
}

/**
 * Sending e-mail, done by the worker against the record and the mail server (packages/mail): which messages to
 * send now, and sending one — marked sent or failed in the record only after the mail server's answer.
 */
export interface MailActivities {
  /** Settles what people's choices decide (skipped messages, today's digests), then the ids to send now. */
  messagesToSend(at: string): Promise<string[]>;
  /** `sent` once the server accepted it; `settled` when it was sent, failed or skipped already. */
  sendMessage(id: string): Promise<'sent' | 'settled'>;
}

/**
 * The mail that comes from the calendar rather than from an event, queued in the record by the worker (the
 * `mail-planning` schedule): tables' agendas a week before their meetings, coordinators' weekly digests. Each is
 * queued once per cause, so a run repeated changes nothing; each answers how many it queued.
 */
export interface MailPlanningActivities {
  queueTableAgendas(at: string): Promise<number>;
  queueWeeklyDigests(at: string): Promise<number>;
}
