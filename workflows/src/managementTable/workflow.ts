import {
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import {
  respondInputSchema,
  tableConfigSchema,
  type EscalationItem,
  type TableConfig,
  type TableConfigInput,
} from '@leercyclus/domain';
import type { RoutingActivities, TableEvent } from '../activities.js';
import {
  configureTableSignal,
  escalateSignal,
  respondUpdate,
  tableStateQuery,
  type TableState,
} from '../messages/managementTable.js';
import { advanceCheckpoints, nextCheckpointEvent } from '../shared/checkpoints.js';
import { handleCommand } from '../shared/command.js';
import { sleepUntil } from '../shared/eventLoop.js';
import { ProcessIndexer } from '../shared/processSearchAttributes.js';
import { RecordQueue } from '../shared/recordQueue.js';
import { closeHop, findOpen, receive, validateRespond, type OpenItem } from './items.js';

const { routeTableEvents } = proxyActivities<RoutingActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

const dayMs = 86_400_000;
/** Messages handled per run before continuing as new, well inside the history limits. */
const messagesPerRun = 1_500;
const recentKept = 50;

export interface CarriedTable {
  config: TableConfig;
  open: OpenItem[];
  recent: EscalationItem[];
  seen: string[];
  recordSequence: number;
  unsent: TableEvent[];
}

type TableEventBody = TableEvent extends infer E
  ? E extends TableEvent
    ? Omit<E, 'eventId' | 'at' | 'table'>
    : never
  : never;

/**
 * A management table: a long-lived entity that holds the escalations sent to it, with due moments from its
 * meetings or service level; it reminds, raises what stays unanswered to its parent table, and sends each answer
 * back to where the question came from. It continues as new well before history limits, carrying every item.
 */
export async function managementTable(configInput: TableConfigInput, carried?: CarriedTable): Promise<void> {
  let config = carried?.config ?? tableConfigSchema.parse(configInput);
  const open: OpenItem[] = carried?.open ?? [];
  const recent: EscalationItem[] = carried?.recent ?? [];
  const seen = new Set(carried?.seen ?? []);
  const index = new ProcessIndexer();
  const outbox = new RecordQueue<TableEventBody, TableEvent>(
    `table/${config.slug}`,
    routeTableEvents,
    (body, stamp) => ({ ...body, ...stamp, table: config.slug }),
    carried?.recordSequence ?? 0,
    carried?.unsent,
  );
  let messages = 0;
  let wake = false;
  let nextEventAt: string | null = null;
  const holder = () => ({
    checkpoints: open.map((o) => o.deadline),
    timeZone: config.timeZone,
    overdueCheckpoints: 0,
  });

  function settle(entry: OpenItem, item: EscalationItem): void {
    open.splice(open.indexOf(entry), 1);
    recent.unshift(item);
    recent.splice(recentKept);
    outbox.push({ type: 'escalationUpdated', item });
  }

  setHandler(tableStateQuery, (): TableState => ({
    config,
    open: open.map((o) => o.item).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt)),
    recent,
    overdue: open.filter((o) => o.item.status === 'overdue').length,
    nextEventAt,
  }));

  setHandler(escalateSignal, (request) => {
    messages += 1;
    const entry = receive(request, config, seen, Date.now());
    if (!entry) return;
    open.push(entry);
    outbox.push({ type: 'escalationUpdated', item: entry.item });
    wake = true;
  });

  setHandler(configureTableSignal, (input) => {
    messages += 1;
    const parsed = tableConfigSchema.safeParse(input);
    if (!parsed.success || parsed.data.slug !== config.slug) return;
    config = parsed.data;
    wake = true;
  });

  handleCommand(respondUpdate, respondInputSchema, {
    accepting: () => undefined,
    validate: (input, by) => validateRespond(open, config, input, by),
    apply: (input, by) => {
      messages += 1;
      const entry = findOpen(open, input.escalationId);
      const decision = {
        outcome: input.outcome,
        text: input.text,
        decidedBy: by,
        decidedAt: new Date(Date.now()).toISOString(),
        table: config.slug,
      };
      const item: EscalationItem = {
        ...entry.item,
        status: 'answered',
        decision,
        history: [...entry.item.history, closeHop(entry, config, null)],
      };
      settle(entry, item);
      outbox.push({ type: 'answerReady', answer: { escalationId: item.id, source: item.source, decision } });
      wake = true;
      return item;
    },
  });

  /** Reminders before and after the due moment; raised to the parent past the limit. */
  function advance(): void {
    const now = Date.now();
    const changes = advanceCheckpoints(holder(), now);
    for (const entry of [...open]) {
      const { item, deadline } = entry;
      if (deadline.status === 'overdue') item.status = 'overdue';
      item.remindersSent = deadline.remindersSent.map((r) => ({ kind: r.kind, at: r.at }));
      const pastLimit = now - Date.parse(item.dueAt) >= config.raiseAfterDaysOverdue * dayMs;
      if (pastLimit && config.parentTable) {
        const raisedAt = new Date(now).toISOString();
        const history = [...item.history, closeHop(entry, config, raisedAt)];
        settle(entry, { ...item, status: 'raised', history });
        outbox.push({
          type: 'raised',
          request: {
            id: item.id,
            table: config.parentTable,
            source: item.source,
            text: item.text,
            why: item.why,
            raisedBy: item.raisedBy,
            raisedAt: item.raisedAt,
            history,
          },
        });
      }
    }
    for (const reminder of changes.reminders) {
      outbox.push({
        type: 'tableReminder',
        escalationId: reminder.checkpointId,
        members: config.members,
        kind: reminder.kind,
      });
    }
    for (const changed of changes.changed) {
      const entry = open.find((o) => o.deadline === changed);
      if (entry) outbox.push({ type: 'escalationUpdated', item: entry.item });
    }
  }

  let continuing = false;
  const sending = outbox.run(() => continuing);
  const shouldContinueAsNew = () => messages >= messagesPerRun || workflowInfo().continueAsNewSuggested;

  for (;;) {
    advance();
    const next = nextCheckpointEvent(holder());
    const raiseAt = config.parentTable
      ? Math.min(...open.map((o) => Date.parse(o.item.dueAt) + config.raiseAfterDaysOverdue * dayMs))
      : Infinity;
    const nextAt = Math.min(next ?? Infinity, raiseAt);
    nextEventAt = Number.isFinite(nextAt) ? new Date(nextAt).toISOString() : null;
    index.update({
      status: 'running',
      nextEventAt,
      overdueCheckpoints: open.filter((o) => o.item.status === 'overdue').length,
    });
    if (shouldContinueAsNew()) break;
    wake = false;
    if (Number.isFinite(nextAt)) await sleepUntil(nextAt, () => wake || shouldContinueAsNew());
    else await condition(() => wake || shouldContinueAsNew());
  }

  continuing = true;
  await condition(allHandlersFinished);
  await sending;
  await continueAsNew<typeof managementTable>(configInput, {
    config,
    open,
    recent,
    seen: [...seen],
    recordSequence: outbox.lastSequence,
    unsent: outbox.unsent,
  });
}
