import { sql } from 'drizzle-orm';
import type { Db } from './database.js';

/** Resolves once the record answers a trivial query: for readiness probes. */
export async function pingRecord(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
