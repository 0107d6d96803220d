import type { FastifyRequest } from 'fastify';
import { resolveApiToken, resolveSession, signedInAs } from '@leercyclus/db';
import type { SignedIn } from '@leercyclus/domain';
import type { ApiDependencies } from '../context.js';
import { sessionCookie } from './session.js';

/** The header that names the person a request acts as, in development mode only (the panel's picker, tests). */
export const developmentHeader = 'x-leercyclus-user';

/** The time sign-in is judged by: the API's clock when it has one (a test's), else the machine's. */
export async function signInTime(dependencies: Pick<ApiDependencies, 'clock'>): Promise<Date> {
  return new Date(dependencies.clock ? await dependencies.clock() : Date.now());
}

function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}

function single(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header[0] : header;
}

/**
 * Who a request acts as, with their memberships: a bearer token's person (scripts, integrations), in development
 * mode the person the header names, else the session cookie's person; null for nobody (or an unknown, revoked,
 * expired or inactive one). In local and OIDC mode the development header is ignored.
 */
export async function resolveSignedIn(
  dependencies: ApiDependencies,
  request: FastifyRequest,
): Promise<SignedIn | null> {
  const { db, auth } = dependencies;
  const token = bearerToken(request.headers.authorization);
  if (token !== undefined) return resolveApiToken(db, token, await signInTime(dependencies));
  const named = single(request.headers[developmentHeader]);
  if (auth.mode === 'development' && named) return signedInAs(db, named, 'development');
  const sessionId = request.cookies[sessionCookie];
  if (sessionId === undefined) return null;
  return resolveSession(db, sessionId, await signInTime(dependencies), auth.session);
}
