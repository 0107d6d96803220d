import { log } from '@temporalio/workflow';
import {
  tableConfigSchema,
  type EscalationItem,
  type EscalationRequest,
  type RespondInput,
  type TableConfig,
  type TableConfigInput,
} from '@leercyclus/domain/workflow';
import type { TableEvent } from '../activities.js';
import type { TableState } from '../messages/managementTable.js';
import { advanceCheckpoints, nextCheckpointEvent } from '../shared/checkpoints.js';
import type { AppliedUpdate, Process } from '../shared/process.js';
import { ProcessIndexer } from '../shared/processSearchAttributes.js';
import { RecordQueue, type QueueCarry } from '../shared/recordQueue.js';
import { startingConfig } from './config.js';
import { closeHop, findOpen, receive, validateRespond, type OpenItem } from './items.js';
import { SeenIds } from './seenIds.js';
import { routingActivities } from '../shared/activityProxies.js';

const { routeTableEvents } = routingActivities;

const dayMs = 86_400_000;
const recentKept = 50;
const byReceipt = (a: EscalationItem, b: EscalationItem) =>
  a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0;

export interface CarriedTable {
  config: TableConfig;
  open: OpenItem[];
  recent: EscalationItem[];
  seen: string[];
  recordSequence: number;
  unsent: TableEvent[];
  appliedUpdates?: AppliedUpdate[];
}

type TableEventBody = TableEvent extends infer E
  ? E extends TableEvent
    ? Omit<E, 'eventId' | 'at' | 'table'>
    : never
  : never;

/** A management table's open items and what each message and timer does to them. */
export class Table {
  config: TableConfig;
  private readonly open: OpenItem[];
  private readonly recent: EscalationItem[];
  private readonly seen: SeenIds;
  private readonly outbox: RecordQueue<TableEventBody, TableEvent>;
  private readonly index = new ProcessIndexer();
  private nextEventAt: string | null = null;
  private readonly failures: TableState['recordFailures'] = [];

  constructor(
    configInput: TableConfigInput,
    carried: CarriedTable | undefined,
    private readonly process: Process,
  ) {
    this.config = carried?.config ?? startingConfig(configInput);
    this.open = carried?.open ?? [];
    this.recent = carried?.recent ?? [];
    this.seen = new SeenIds(carried?.seen);
    const queued: QueueCarry<TableEvent> | undefined = carried && {
      sequence: carried.recordSequence,
      unsent: carried.unsent,
    };
    this.outbox = process.drains(
      new RecordQueue<TableEventBody, TableEvent>(
        process.eventPrefix,
        routeTableEvents,
        (body, stamp) => ({ ...body, ...stamp, table: this.config.slug }),
        queued,
        (failure) => {
          this.failures.push(failure);
          this.process.wake();
        },
      ),
    );
  }

  readonly state = (): TableState => ({
    config: this.config,
    open: this.open.map((o) => o.item).sort(byReceipt),
    recent: this.recent,
    overdue: this.open.filter((o) => o.item.status === 'overdue').length,
    nextEventAt: this.nextEventAt,
    recordFailures: this.failures,
  });

  /** The same id twice is one item: a re-sent escalation changes nothing. */
  readonly escalate = (request: EscalationRequest): void => {
    const held = this.open.some((o) => o.item.id === request.id);
    if (!this.seen.add(request.id) || held) {
      log.info('Escalation received again; the table holds it already', { escalationId: request.id });
      return;
    }
    const entry = receive(request, this.config, Date.now());
    this.open.push(entry);
    this.outbox.push({ type: 'escalationUpdated', item: entry.item });
    this.process.wake();
  };

  /** The API sends a parsed configuration; parsing it again fills in what older senders left to defaults. */
  readonly configure = (input: TableConfig): void => {
    const parsed = tableConfigSchema.safeParse(input);
    if (!parsed.success || parsed.data.slug !== this.config.slug) {
      const why = parsed.success ? `it is for table ${parsed.data.slug}` : parsed.error.message;
      log.warn('Table configuration ignored', { table: this.config.slug, why });
      return;
    }
    this.config = parsed.data;
    this.process.wake();
  };

  readonly respond = {
    wakes: true,
    validate: (input: RespondInput, by: string) => validateRespond(this.open, this.config, input, by),
    apply: (input: RespondInput, by: string) => {
      const entry = findOpen(this.open, input.escalationId);
      const { text, outcome } = input;
      const decidedAt = new Date(Date.now()).toISOString();
      const decision = { outcome, text, decidedBy: by, decidedAt, table: this.config.slug };
      const history = [...entry.item.history, closeHop(entry, this.config, null)];
      const item: EscalationItem = { ...entry.item, status: 'answered', decision, history };
      this.settle(entry, item);
      this.outbox.push({
        type: 'answerReady',
        answer: { escalationId: item.id, source: item.source, decision },
      });
      return item;
    },
  };

  /** Reminders before and after the due moment; raised to the parent past the limit. */
  readonly tick = (): number | undefined => {
    const now = Date.now();
    const config = this.config;
    const changes = advanceCheckpoints(this.holder(), now, this.process.reminderRules);
    for (const entry of [...this.open]) {
      const { item, deadline } = entry;
      if (deadline.status === 'overdue') item.status = 'overdue';
      item.remindersSent = deadline.remindersSent.map((r) => ({ kind: r.kind, at: r.at }));
      const pastLimit = now - Date.parse(item.dueAt) >= config.raiseAfterDaysOverdue * dayMs;
      if (pastLimit && config.parentTable) this.raise(entry, now, config.parentTable);
    }
    for (const reminder of changes.reminders) {
      const { checkpointId: escalationId, kind } = reminder;
      this.outbox.push({ type: 'tableReminder', escalationId, members: config.members, kind });
    }
    for (const changed of changes.changed) {
      const entry = this.open.find((o) => o.deadline === changed);
      if (entry) this.outbox.push({ type: 'escalationUpdated', item: entry.item });
    }
    const raiseAt = config.parentTable
      ? Math.min(...this.open.map((o) => Date.parse(o.item.dueAt) + config.raiseAfterDaysOverdue * dayMs))
      : Infinity;
    const nextAt = Math.min(
      nextCheckpointEvent(this.holder(), this.process.reminderRules) ?? Infinity,
      raiseAt,
    );
    this.nextEventAt = Number.isFinite(nextAt) ? new Date(nextAt).toISOString() : null;
    const overdueCheckpoints = this.open.filter((o) => o.item.status === 'overdue').length;
    const recordFailures = this.failures.length;
    this.index.update({
      status: 'running',
      nextEventAt: this.nextEventAt,
      overdueCheckpoints,
      recordFailures,
    });
    return Number.isFinite(nextAt) ? nextAt : undefined;
  };

  /** A table runs for years: it never ends, it continues as new. */
  readonly done = (): boolean => false;

  carry(appliedUpdates: CarriedTable['appliedUpdates']): CarriedTable {
    const { sequence, unsent } = this.outbox.carry;
    const { config, open, recent } = this;
    return {
      config,
      open,
      recent,
      seen: this.seen.carried,
      recordSequence: sequence,
      unsent,
      appliedUpdates,
    };
  }

  private holder() {
    return {
      checkpoints: this.open.map((o) => o.deadline),
      timeZone: this.config.timeZone,
      overdueCheckpoints: 0,
    };
  }

  private settle(entry: OpenItem, item: EscalationItem): void {
    this.open.splice(this.open.indexOf(entry), 1);
    this.recent.unshift(item);
    this.recent.splice(recentKept);
    this.outbox.push({ type: 'escalationUpdated', item });
  }

  private raise(entry: OpenItem, now: number, parentTable: string): void {
    const { item } = entry;
    const raisedAt = new Date(now).toISOString();
    const history = [...item.history, closeHop(entry, this.config, raisedAt)];
    this.settle(entry, { ...item, status: 'raised', history });
    const { id, source, text, why, raisedBy } = item;
    const request = { id, table: parentTable, source, text, why, raisedBy, raisedAt: item.raisedAt, history };
    this.outbox.push({ type: 'raised', request });
  }
}
