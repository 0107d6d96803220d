import type { SQL } from 'drizzle-orm';
import type { Db } from '../database.js';

/** The rows of a raw query; both drivers answer with `rows`, which the shared Db type cannot know. */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as { rows: T[] };
  return result.rows;
}
