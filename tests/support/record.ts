import { and, eq, sql } from 'drizzle-orm';
import { listOutbox, migrate, openDatabase, tables, type Db } from '@leercyclus/db';

export interface TestRecord {
  db: Db;
  outbox(cycleId: string): Promise<unknown[]>;
  close(): Promise<void>;
}

/** A real, empty record (PGlite in memory). */
export async function testRecord(): Promise<TestRecord> {
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrate(database);
  return {
    db: database.db,
    outbox: (cycleId) => listOutbox(database.db, { cycleId }),
    close: () => database.close(),
  };
}

/** An empty record for an API that reads nothing the workflows wrote. */
export async function emptyRecord(): Promise<{ db: Db; close(): Promise<void> }> {
  const record = await testRecord();
  return { db: record.db, close: () => record.close() };
}

/** What the record holds of a cycle's agenda and calendar: questions, earlier wordings, sessions held. */
export async function recordedAgenda(db: Db, cycleId: string) {
  const { learningQuestions, questionReformulations, occurrences } = tables;
  const count = async (
    table: typeof learningQuestions | typeof questionReformulations | typeof occurrences,
  ) =>
    (
      await db
        .select({ n: sql<number>`count(*)::int` })
        .from(table)
        .where(eq(table.processId, cycleId))
    )[0]!.n;
  const held = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(occurrences)
    .where(and(eq(occurrences.processId, cycleId), eq(occurrences.status, 'held')));
  return {
    questions: await count(learningQuestions),
    reformulations: await count(questionReformulations),
    held: held[0]!.n,
  };
}
