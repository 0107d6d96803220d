/**
 * Where the record is, for running and for migrating. With a Postgres server the two are different roles: the
 * API and the worker connect (DATABASE_URL) as a member of `leercyclus_runtime`, which may only read and append
 * to the audit log; migrations run as the tables' owner (DATABASE_MIGRATION_URL). Without DATABASE_URL, the
 * embedded default (PGlite) has one role for both.
 */
export interface DatabaseSettings {
  /** A Postgres URL, or undefined for PGlite. */
  url: string | undefined;
  /** The owner's URL for migrations: DATABASE_MIGRATION_URL, else DATABASE_URL (one role for both). */
  migrationUrl: string | undefined;
  /**
   * Whether the processes' role must be kept from altering the audit log, and a process warns when it is not: when
   * the roles are meant to be separate (a migration URL of its own) or in production.
   */
  guardAuditLog: boolean;
}

function postgresUrl(name: string, raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    throw new Error(`${name} must be a postgres:// URL`);
  }
  if (protocol !== 'postgres:' && protocol !== 'postgresql:') {
    throw new Error(`${name} must be a postgres:// URL, got one with ${protocol}`);
  }
  return value;
}

export function databaseSettings(env: NodeJS.ProcessEnv = process.env): DatabaseSettings {
  const url = postgresUrl('DATABASE_URL', env.DATABASE_URL);
  const migrationUrl = postgresUrl('DATABASE_MIGRATION_URL', env.DATABASE_MIGRATION_URL);
  if (migrationUrl !== undefined && url === undefined) {
    throw new Error(
      'DATABASE_MIGRATION_URL is set without DATABASE_URL: name the record the processes use too',
    );
  }
  return {
    url,
    migrationUrl: migrationUrl ?? url,
    guardAuditLog: (migrationUrl !== undefined && migrationUrl !== url) || env.NODE_ENV === 'production',
  };
}
