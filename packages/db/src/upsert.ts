import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * The SET of an upsert that replaces a row by its natural key with the snapshot being inserted: every column
 * takes the inserted value, except the key and the columns kept from the first insert.
 */
export function replacedBy<T extends PgTable>(
  table: T,
  keep: readonly (keyof T['$inferInsert'])[],
): Record<string, SQL> {
  const set: Record<string, SQL> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    if (!keep.includes(key as keyof T['$inferInsert'])) set[key] = sql.raw(`excluded."${column.name}"`);
  }
  return set;
}
