import { createRecordActivities, listOutbox, migrate, openDatabase, type Db } from '@leercyclus/db';

export interface TestRecord {
  db: Db;
  activities: ReturnType<typeof createRecordActivities>;
  outbox(cycleId: string): Promise<unknown[]>;
  close(): Promise<void>;
}

/** A real, empty record (PGlite in memory) with the activities the worker registers on it. */
export async function testRecord(): Promise<TestRecord> {
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrate(database);
  const activities = createRecordActivities(database.db);
  return {
    db: database.db,
    activities,
    outbox: (cycleId) => listOutbox(database.db, { cycleId }),
    close: () => database.close(),
  };
}

/** An empty record for an API that reads nothing the workflows wrote. */
export async function emptyRecord(): Promise<{ db: Db; close(): Promise<void> }> {
  const record = await testRecord();
  return { db: record.db, close: () => record.close() };
}
