import { sql } from 'drizzle-orm';
import type { EscalationItem } from '@leercyclus/domain';
import type { TableEvent } from '@leercyclus/domain';
import { applyOnce } from '../applyOnce.js';
import type { Db, Tx } from '../database.js';
import { instantOf } from '../instantOf.js';
import { queueEscalationMail } from '../mail/escalationMail.js';
import { applyEach } from '../recordFailure.js';
import { decisions, escalations } from '../schema/index.js';
import type { WrittenRecord } from '../cycleEvents/types.js';

async function writeEscalation(tx: Tx, item: EscalationItem): Promise<WrittenRecord> {
  const row = {
    id: item.id,
    managementTable: item.table,
    sourceProcessId: item.source.processId,
    source: item.source,
    questionNumber: item.source.questionNumber,
    subject: item.text,
    status: item.status,
    level: item.history.filter((hop) => hop.raisedAt !== null).length + 1,
    raisedBy: item.raisedBy,
    raisedAt: instantOf(item.raisedAt),
    dueAt: instantOf(item.dueAt),
    updatedAt: new Date(),
  };
  await tx
    .insert(escalations)
    .values(row)
    .onConflictDoUpdate({
      target: escalations.id,
      set: {
        source: row.source,
        managementTable: row.managementTable,
        status: row.status,
        level: row.level,
        dueAt: row.dueAt,
        updatedAt: row.updatedAt,
      },
    });
  if (item.decision) {
    const decision = {
      escalationId: item.id,
      outcome: item.decision.outcome,
      text: item.decision.text,
      decidedBy: item.decision.decidedBy,
      decidedAt: instantOf(item.decision.decidedAt),
    };
    await tx
      .insert(decisions)
      .values(decision)
      .onConflictDoUpdate({
        target: decisions.escalationId,
        set: { ...decision, escalationId: sql`excluded.escalation_id` },
      });
  }
  await queueEscalationMail(tx, item);
  return { recordType: 'escalation', recordId: item.id };
}

function write(tx: Tx, event: TableEvent): Promise<WrittenRecord> {
  switch (event.type) {
    case 'escalationUpdated':
      return writeEscalation(tx, event.item);
    case 'answerReady':
      return Promise.resolve({ recordType: 'escalation', recordId: event.answer.escalationId });
    case 'raised':
      return Promise.resolve({ recordType: 'escalation', recordId: event.request.id });
    case 'tableReminder':
      return Promise.resolve({ recordType: 'escalation', recordId: event.escalationId });
  }
}

/**
 * A management table's events, each exactly once: escalations and decisions as rows; answers delivered, items
 * raised and reminders sent as audit entries. Events the record refuses as invalid are thrown together after
 * the rest (RefusedEvents).
 */
export function applyTableEvents(db: Db, events: readonly TableEvent[]): Promise<number> {
  return applyEach(events, (event) => {
    const actor = event.type === 'answerReady' ? event.answer.decision.decidedBy : 'system';
    return applyOnce(db, event, actor, write);
  });
}
