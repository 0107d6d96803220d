import { and, eq } from 'drizzle-orm';
import type { Tx } from '../database.js';
import { instantOf } from '../instantOf.js';
import { learningQuestions, questionReformulations, questionVersions } from '../schema/index.js';
import { replacedBy } from '../upsert.js';
import { writeQuestionActions } from './questionActions.js';
import { ownedRecordId, type EventOf, type WrittenRecord } from './types.js';

export async function writeQuestion(tx: Tx, event: EventOf<'questionUpdated'>): Promise<WrittenRecord> {
  const { question } = event;
  const key = { processId: event.cycleId, number: question.number };
  await tx
    .insert(learningQuestions)
    .values({
      ...key,
      text: question.text,
      district: question.district,
      raisedIn: question.raisedIn,
      raisedBy: question.raisedBy,
      raisedAt: instantOf(question.raisedAt),
      occurrenceId: question.occurrenceId,
      level: question.level,
      category: question.category,
      status: question.status,
      responsible: question.responsible,
      lesson: question.lesson,
      carriedFromProcessId: question.carriedFrom?.cycleId ?? null,
      carriedFromNumber: question.carriedFrom?.number ?? null,
      escalation: question.escalation,
      updatedAt: instantOf(question.updatedAt),
    })
    .onConflictDoUpdate({
      target: [learningQuestions.processId, learningQuestions.number],
      set: replacedBy(learningQuestions, ['processId', 'number']),
    });

  await tx
    .delete(questionReformulations)
    .where(
      and(eq(questionReformulations.processId, key.processId), eq(questionReformulations.number, key.number)),
    );
  if (question.reformulations.length > 0) {
    await tx.insert(questionReformulations).values(
      question.reformulations.map((reformulation, position) => ({
        ...key,
        position,
        text: reformulation.text,
        at: instantOf(reformulation.at),
        by: reformulation.by,
      })),
    );
  }
  await writeQuestionActions(tx, key, question);
  // The version as of the event's workflow time; the same moment twice keeps the later snapshot.
  await tx
    .insert(questionVersions)
    .values({ ...key, at: instantOf(event.at), question })
    .onConflictDoUpdate({
      target: [questionVersions.processId, questionVersions.number, questionVersions.at],
      set: { question },
    });
  return { recordType: 'learningQuestion', recordId: ownedRecordId(event.cycleId, question.number) };
}
