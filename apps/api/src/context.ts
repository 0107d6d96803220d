import { TRPCError } from '@trpc/server';
import type { Client } from '@temporalio/client';
import type { FastifyRequest } from 'fastify';
import type { AuthSettings } from '@leercyclus/config';
import type { Db } from '@leercyclus/db';
import type { RequestOrigin } from '@leercyclus/db';
import type { SignedIn } from '@leercyclus/domain';
import { originOf } from './audit/origin.js';
import { resolveSignedIn } from './auth/signedIn.js';
import type { InFlight } from './inFlight.js';
import { reportUnreachable } from './unreachable.js';

export interface ApiDependencies {
  temporal: Client;
  /** The record (Postgres or PGlite): people, lists, reports and the reference records. */
  db: Db;
  /** How people sign in (AUTH): the mode, the public address, the session lifetime. */
  auth: AuthSettings;
  /** The current time for derived figures such as days overdue; the time-skipping test server has its own. */
  clock?: () => Promise<number>;
  /** The folder of the local mail sink (MAIL_SINK_DIR), whose messages the "Verzonden berichten" page shows. */
  mailSinkDir?: string;
}

export interface Context extends ApiDependencies {
  /** Who the call acts as, with their memberships; null when the request signed in as nobody. */
  signedIn: SignedIn | null;
  /** The server's running procedure calls, which it waits for when it closes. */
  inFlight: InFlight;
  /** Where the request came from, for the audit trail. */
  origin: RequestOrigin;
}

/**
 * Every call gets the API's dependencies (Temporal, the record, the clock) and the person its request signs in
 * as: by a session cookie, a bearer token, or (development mode only) the person id in a header. Reading them is
 * tracked like the call itself; a record out of reach answers SERVICE_UNAVAILABLE, as a procedure's would.
 */
export async function createTRPCContext(
  dependencies: ApiDependencies,
  request: FastifyRequest,
  inFlight: InFlight,
): Promise<Context> {
  try {
    const signedIn = await inFlight.track(resolveSignedIn(dependencies, request));
    return { ...dependencies, signedIn, inFlight, origin: originOf(request) };
  } catch (cause) {
    throw reportUnreachable(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause }));
  }
}
