import type { FastifyRequest } from 'fastify';
import { resolveApiToken, resolveSession, signedInAs, type Db } from '@leercyclus/db';
import type { SignedIn } from '@leercyclus/domain';
import type { ApiDependencies } from '../context.js';
import { unreachablePart } from '../unreachable.js';
import { RecentSignIns } from './recentSignIns.js';
import { sessionCookie } from './session.js';

/** The header that names the person a request acts as, in development mode only (the panel's picker, tests). */
export const developmentHeader = 'x-leercyclus-user';

/** The time sign-in is judged by: the API's clock when it has one (a test's), else the machine's. */
export async function signInTime(dependencies: Pick<ApiDependencies, 'clock'>): Promise<Date> {
  return new Date(dependencies.clock ? await dependencies.clock() : Date.now());
}

function bearerToken(authorization: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
}

function single(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header[0] : header;
}

/** The credential a request carries, and how the record resolves it. */
type Credential = { key: string; resolve: (now: Date) => Promise<SignedIn | null> };

function credentialOf(dependencies: ApiDependencies, request: FastifyRequest): Credential | undefined {
  const { db, auth } = dependencies;
  const token = bearerToken(request.headers.authorization);
  if (token !== undefined)
    return { key: `token ${token}`, resolve: (now) => resolveApiToken(db, token, now) };
  const named = single(request.headers[developmentHeader]);
  if (auth.mode === 'development' && named) {
    return { key: `development ${named}`, resolve: () => signedInAs(db, named, 'development') };
  }
  const sessionId = request.cookies[sessionCookie];
  if (sessionId === undefined) return undefined;
  return { key: `session ${sessionId}`, resolve: (now) => resolveSession(db, sessionId, now, auth.session) };
}

/** One memory per record: what it confirmed last, for when it is out of reach. */
const recentByRecord = new WeakMap<Db, RecentSignIns>();

/**
 * Who a request acts as, with their memberships: a bearer token's person (scripts, integrations), in development
 * mode the person the header names, else the session cookie's person; null for nobody (or an unknown, revoked,
 * expired or inactive one). In local and OIDC mode the development header is ignored. While the record is out of
 * reach, a sign-in it confirmed in the last minutes still counts (see RecentSignIns).
 */
export async function resolveSignedIn(
  dependencies: ApiDependencies,
  request: FastifyRequest,
): Promise<SignedIn | null> {
  const credential = credentialOf(dependencies, request);
  if (!credential) return null;
  let recent = recentByRecord.get(dependencies.db);
  if (!recent) recentByRecord.set(dependencies.db, (recent = new RecentSignIns()));
  const now = await signInTime(dependencies);
  try {
    const signedIn = await credential.resolve(now);
    recent.remember(credential.key, signedIn, now.getTime());
    return signedIn;
  } catch (error) {
    const remembered =
      unreachablePart(error) === 'record' ? recent.recall(credential.key, now.getTime()) : undefined;
    if (remembered) return remembered;
    throw error;
  }
}
