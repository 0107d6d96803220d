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
