import { sql } from 'drizzle-orm';
import type { Db } from '../database.js';

/** The group role migration 0007 makes, which the API's and the worker's login roles are granted. */
export const runtimeRole = 'leercyclus_runtime';

/**
 * What the role this connection uses may do to the audit log beyond reading and appending to it: nothing, for a
 * member of the runtime role; everything, for the owner (the embedded default, or a record migrated and used
 * with one role).
 */
export async function auditLogPowers(db: Db): Promise<string[]> {
  const result = (await db.execute(sql`
    select has_table_privilege(c.oid, 'UPDATE') as "update",
           has_table_privilege(c.oid, 'DELETE') as "delete",
           has_table_privilege(c.oid, 'TRUNCATE') as "truncate",
           pg_has_role(c.relowner, 'USAGE') as "owner"
    from pg_class c where c.oid = 'audit_log'::regclass`)) as {
    rows: { update: boolean; delete: boolean; truncate: boolean; owner: boolean }[];
  };
  const [row] = result.rows;
  if (!row) return [];
  return [
    ...(row.update ? ['update it'] : []),
    ...(row.delete ? ['delete from it'] : []),
    ...(row.truncate ? ['truncate it'] : []),
    ...(row.owner ? ['switch its triggers off'] : []),
  ];
}

/**
 * One line for a process's log at start: whether the audit log is out of its reach. A warning when it is not
 * and it should be (`expected`: separate roles, or production); the embedded default has one role for all.
 */
export async function describeAuditLogGuard(
  db: Db,
  expected: boolean,
): Promise<{ warn: boolean; message: string }> {
  const powers = await auditLogPowers(db);
  if (powers.length === 0) {
    return { warn: false, message: 'audit log: this role may only read it and append to it' };
  }
  return {
    warn: expected,
    message:
      `audit log: this role may ${powers.join(', ')}: connect DATABASE_URL as a member of ${runtimeRole} ` +
      'and migrate with DATABASE_MIGRATION_URL (docs/data-protection.md#audit-trail)',
  };
}
