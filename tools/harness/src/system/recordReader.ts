import { openDatabase, type Db } from '@leercyclus/db';

export interface RecordReader {
  /** The record through the same Drizzle API the repositories use. */
  db: Db;
  /** Plain SQL, for counts and checks the repositories have no function for. */
  rows<T>(text: string, values?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** Opens the record the worker and the API write and read, as another Postgres client of it. */
export async function openRecordReader(databaseUrl: string): Promise<RecordReader> {
  const database = await openDatabase({ databaseUrl });
  if (database.driver !== 'node-postgres') throw new Error('expected a Postgres URL');
  return {
    db: database.db,
    rows: async <T>(text: string, values: unknown[] = []) =>
      (await database.pool.query(text, values)).rows as T[],
    close: () => database.close(),
  };
}
