import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { RequestOrigin } from '@leercyclus/db';
import { sessionCookie } from '../auth/session.js';

/** Enough of a credential's hash to tell one session or token from another in the trail, never enough to use it. */
function fingerprint(secret: string): string {
  return createHash('sha256').update(secret).digest('hex').slice(0, 16);
}

function credentialOf(request: FastifyRequest): string | undefined {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
  if (bearer !== undefined) return `token:${fingerprint(bearer)}`;
  const session = request.cookies[sessionCookie];
  return session === undefined ? undefined : `session:${fingerprint(session)}`;
}

/** Where a request came from, as the audit trail records it. */
export function originOf(request: FastifyRequest): RequestOrigin {
  const userAgent = request.headers['user-agent'];
  return {
    address: request.ip || null,
    session: credentialOf(request) ?? null,
    userAgent: userAgent ? userAgent.slice(0, 300) : null,
  };
}
