import type { Client } from '@temporalio/client';
import { signedInAs, type Db } from '@leercyclus/db';
import type { SignedIn } from '@leercyclus/domain';
import type { IncomingHttpHeaders } from 'node:http';
import type { InFlight } from './inFlight.js';

export interface ApiDependencies {
  temporal: Client;
  /** The record (Postgres or PGlite): lists, reports and the reference records. */
  db: Db;
  /** How people sign in. */
  auth: { mode: 'oidc' | 'local' | 'development' };
  /** The current time for derived figures such as days overdue; the time-skipping test server has its own. */
  clock?: () => Promise<number>;
}

export interface Context extends ApiDependencies {
  /** Who the request acts as, with their memberships; null when nobody signed in. */
  signedIn: SignedIn | null;
  /** The server's running procedure calls, which it waits for when it closes. */
  inFlight: InFlight;
}

/** The header the control panel and tests send to pick a person in development sign-in. */
export const userHeader = 'x-leercyclus-user';

/** Every call gets the API's dependencies (Temporal, the record, the clock) and the person it acts as. */
export async function createTRPCContext(
  dependencies: ApiDependencies,
  request: { headers: IncomingHttpHeaders },
  inFlight: InFlight,
): Promise<Context> {
  const header = request.headers[userHeader];
  const id = Array.isArray(header) ? header[0] : header;
  const signedIn =
    dependencies.auth.mode === 'development' && id
      ? await signedInAs(dependencies.db, id, 'development')
      : null;
  return { ...dependencies, signedIn, inFlight };
}
