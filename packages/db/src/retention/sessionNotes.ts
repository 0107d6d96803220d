import { and, inArray, ne, not, or, sql } from 'drizzle-orm';
import type { Tx } from '../database.js';
import {
  evaluations,
  messages,
  occurrences,
  processes,
  questionReformulations,
  reminders,
} from '../schema/index.js';
import { closedBefore } from './expiry.js';

/**
 * Blanks the working texts of cycles and groups closed before `before`: session notes, the reasons sessions
 * were moved or cancelled, evaluation notes and the wordings they sharpened, earlier wordings of questions, the
 * close reason, and the reminder outbox; and the kept copies of e-mail sent or settled before `before`, which
 * repeat such texts. What reports count stays: attendance, organisations present, cases and questions per
 * session, statuses, dates, how many reminders went out (on the checkpoint).
 */
export async function purgeSessionNotes(tx: Tx, before: Date): Promise<Record<string, number>> {
  const expired = closedBefore(tx, before);
  const occurrenceRows = await tx
    .update(occurrences)
    .set({
      notes: null,
      change: sql`case when ${occurrences.change} ? 'reason' then jsonb_set(${occurrences.change}, '{reason}', '""') else ${occurrences.change} end`,
    })
    .where(
      and(
        inArray(occurrences.processId, expired),
        or(ne(occurrences.notes, ''), sql`${occurrences.change}->>'reason' <> ''`),
      ),
    )
    .returning({ id: occurrences.occurrenceId });
  const evaluationRows = await tx
    .update(evaluations)
    .set({ notes: '', sharpenedQuestions: [] })
    .where(
      and(
        inArray(evaluations.processId, expired),
        or(ne(evaluations.notes, ''), sql`${evaluations.sharpenedQuestions} <> '[]'::jsonb`),
      ),
    )
    .returning({ id: evaluations.checkpointId });
  const wordings = await tx
    .delete(questionReformulations)
    .where(inArray(questionReformulations.processId, expired))
    .returning({ id: questionReformulations.position });
  const closeReasons = await tx
    .update(processes)
    .set({ closeReason: '' })
    .where(and(inArray(processes.workflowId, expired), ne(processes.closeReason, '')))
    .returning({ id: processes.workflowId });
  const outbox = await tx
    .delete(reminders)
    .where(inArray(reminders.processId, expired))
    .returning({ id: reminders.reminderId });
  const settled = sql`coalesce(${messages.sentAt}, ${messages.settledAt}) < ${before.toISOString()}::timestamptz`;
  // A later message that waited in an old digest keeps its own state, not the digest it went out in.
  await tx
    .update(messages)
    .set({ digestId: null })
    .where(
      and(
        inArray(messages.digestId, tx.select({ id: messages.id }).from(messages).where(settled)),
        not(settled),
      ),
    );
  const mail = await tx.delete(messages).where(settled).returning({ id: messages.id });
  return {
    occurrences: occurrenceRows.length,
    evaluations: evaluationRows.length,
    question_reformulations: wordings.length,
    processes: closeReasons.length,
    reminders: outbox.length,
    messages: mail.length,
  };
}
