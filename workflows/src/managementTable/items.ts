import {
  escalationDueAt,
  type Checkpoint,
  type EscalationItem,
  type EscalationRequest,
  type RespondInput,
  type TableConfig,
} from '@leercyclus/domain/workflow';
import { refuse } from '../shared/commandErrors.js';

/** An open item with its deadline, chased with the same checkpoint logic as a cycle's evaluations. */
export interface OpenItem {
  item: EscalationItem;
  deadline: Checkpoint;
}

export function deadlineFor(item: EscalationItem, config: TableConfig): Checkpoint {
  return {
    id: item.id,
    title: item.text,
    owner: config.slug,
    dueAt: item.dueAt,
    cadence: { daysBefore: config.reminderDaysBefore, overdueEveryDays: config.overdueEveryDays },
    status: 'pending',
    slotsHandled: 0,
    remindersSent: [],
    evaluation: null,
  };
}

/**
 * Takes in an escalation as its source built it (sources are workflows; nothing is parsed again here, so replay
 * does not depend on today's schemas). Returns the new item.
 */
export function receive(request: EscalationRequest, config: TableConfig, now: number): OpenItem {
  const receivedAt = new Date(now);
  const item: EscalationItem = {
    ...request,
    history: request.history ?? [],
    table: config.slug,
    receivedAt: receivedAt.toISOString(),
    dueAt: escalationDueAt(receivedAt, config).toISOString(),
    status: 'open',
    remindersSent: [],
    decision: null,
  };
  return { item, deadline: deadlineFor(item, config) };
}

export function findOpen(open: OpenItem[], escalationId: string): OpenItem {
  const found = open.find((o) => o.item.id === escalationId);
  if (!found) throw refuse('notFound', `escalationId: no open escalation ${escalationId} at this table`);
  return found;
}

export function validateRespond(
  open: OpenItem[],
  config: TableConfig,
  input: RespondInput,
  by: string,
): void {
  findOpen(open, input.escalationId);
  if (config.members.length > 0 && !config.members.includes(by)) {
    throw refuse('invalid', `decidedBy: ${by} is not a member of ${config.name}`);
  }
}

/** The hop this table adds to an item's history when it is answered or raised. */
export function closeHop(entry: OpenItem, config: TableConfig, raisedAt: string | null) {
  return {
    table: config.slug,
    receivedAt: entry.item.receivedAt,
    dueAt: entry.item.dueAt,
    remindersSent: entry.deadline.remindersSent.length,
    raisedAt,
  };
}
