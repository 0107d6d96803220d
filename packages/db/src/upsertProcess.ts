import { sql } from 'drizzle-orm';
import type { Tx } from './database.js';
import { processes } from './schema/index.js';
import { replacedBy } from './upsert.js';

type ProcessRow = Omit<typeof processes.$inferInsert, 'firstRecordedAt' | 'updatedAt'>;

/**
 * Writes a cycle's or group's row as its workflow last reported it; the first write's time stays, and so does
 * the launch's request id when a later report does not repeat it.
 */
export async function upsertProcess(tx: Tx, row: ProcessRow, at: Date): Promise<void> {
  await tx
    .insert(processes)
    .values({ ...row, firstRecordedAt: at, updatedAt: at })
    .onConflictDoUpdate({
      target: processes.workflowId,
      set: {
        ...replacedBy(processes, ['workflowId', 'firstRecordedAt']),
        requestId: sql`coalesce(excluded.request_id, ${processes.requestId})`,
      },
    });
}
