import { wholeNumberFromEnv } from './wholeNumber.js';

export interface DatabaseTimeouts {
  /** How long opening a connection to Postgres may take. */
  connectMs: number;
  /** How long one statement may run before Postgres cancels it; the client gives up a little later still. */
  statementMs: number;
}

/**
 * Limits on the record's Postgres connections, so a database that hangs or crawls fails a call quickly (the API
 * answers SERVICE_UNAVAILABLE, an activity retries) instead of holding it: DATABASE_CONNECT_TIMEOUT_SECONDS (5)
 * and DATABASE_STATEMENT_TIMEOUT_SECONDS (30). Migrations run without the statement limit.
 */
export function databaseTimeouts(env: NodeJS.ProcessEnv = process.env): DatabaseTimeouts {
  return {
    connectMs: wholeNumberFromEnv('DATABASE_CONNECT_TIMEOUT_SECONDS', 5, env, { min: 1 }) * 1000,
    statementMs: wholeNumberFromEnv('DATABASE_STATEMENT_TIMEOUT_SECONDS', 30, env, { min: 1 }) * 1000,
  };
}

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
