import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthSettings } from '@leercyclus/config';
import { endSession, startSession, type Db, type SessionOrigin } from '@leercyclus/db';
import { originOf } from '../audit/origin.js';

/** The cookie that holds a session's id: opaque, kept server-side in the record. */
export const sessionCookie = 'leercyclus_session';

function cookieOptions(settings: AuthSettings) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: settings.publicUrl.startsWith('https:'),
  };
}

/**
 * Signs the person in: a session in the record and its id in the cookie, which the browser keeps as long as the
 * session may last at most (the record ends it sooner when it is idle or the person signs out). A session the
 * browser still held ends: a sign-in always gets a fresh id. Shared by every way of signing in (password, link,
 * OpenID Connect).
 */
export async function startSessionCookie(
  reply: FastifyReply,
  db: Db,
  personId: string,
  via: SessionOrigin,
  settings: AuthSettings,
  now = new Date(),
): Promise<void> {
  const origin = originOf(reply.request);
  const previous = reply.request.cookies[sessionCookie];
  if (previous !== undefined) await endSession(db, previous, origin);
  const sessionId = await startSession(db, personId, via, now, origin);
  reply.setCookie(sessionCookie, sessionId, {
    ...cookieOptions(settings),
    maxAge: settings.session.maxHours * 3600,
  });
}

/** Signs out: the session ends in the record and the browser forgets the cookie. */
export async function endSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  db: Db,
  settings: AuthSettings,
): Promise<void> {
  const sessionId = request.cookies[sessionCookie];
  if (sessionId !== undefined) await endSession(db, sessionId, originOf(request));
  reply.clearCookie(sessionCookie, cookieOptions(settings));
}
