import { openDatabase, type Db } from '@leercyclus/db';

export interface RecordReader {
  /** The record through the same Drizzle API the repositories use. */
  db: Db;
  /** Plain SQL, for counts and checks the repositories have no function for. */
  rows<T>(text: string, values?: unknown[]): Promise<T[]>;
  /**
   * Reads that failed because the embedded record's socket server mixed this client's statement up with
   * another client's ("unnamed prepared statement does not exist") and were run again.
   */
  mixedUpStatements(): number;
  close(): Promise<void>;
}

/** The error PGlite's socket server gives when concurrent clients' extended-protocol messages interleave. */
export function isMixedUpStatement(error: unknown): boolean {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  const text = error instanceof Error ? `${error.message} ${cause}` : String(error);
  return /prepared statement .* does not exist|bind message supplies/.test(text);
}

/** Opens the record the worker and the API write and read, as another Postgres client of it. */
export async function openRecordReader(databaseUrl: string): Promise<RecordReader> {
  const database = await openDatabase({ databaseUrl });
  if (database.driver !== 'node-postgres') throw new Error('expected a Postgres URL');
  let mixedUp = 0;
  return {
    db: database.db,
    rows: async <T>(text: string, values: unknown[] = []) => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return (await database.pool.query(text, values)).rows as T[];
        } catch (error) {
          if (attempt >= 5 || !isMixedUpStatement(error)) throw error;
          mixedUp += 1;
        }
      }
    },
    mixedUpStatements: () => mixedUp,
    close: () => database.close(),
  };
}
