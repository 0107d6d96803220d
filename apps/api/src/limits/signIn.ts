import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RateLimits } from '@leercyclus/config';
import { authPrefix } from '../auth/routes.js';
import { addressKey, limiter, type Limiter } from './rateLimits.js';
import { throttledMessages } from './throttled.js';

/** The one route under /auth that signs nobody in: the panel asks it how to sign in on every load. */
const howToSignIn = `${authPrefix}/mode`;
/** The route that names the person before anyone is signed in. */
const passwordSignIn = `${authPrefix}/local`;

function refuse(reply: FastifyReply, seconds: number): FastifyReply {
  return reply
    .code(429)
    .header('retry-after', String(seconds))
    .send({ message: throttledMessages.signIn(seconds), retryAfterSeconds: seconds });
}

function hook(limit: Limiter, keyOf: (request: FastifyRequest) => string | undefined) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const key = keyOf(request);
    const wait = key === undefined ? null : await limit(request, key);
    if (wait !== null) return refuse(reply, wait);
  };
}

function emailOf(request: FastifyRequest): string | undefined {
  const email: unknown = (request.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' && email.trim() !== '' ? `email ${email.trim().toLowerCase()}` : undefined;
}

function withHook<H>(existing: H | H[] | undefined, added: H): H[] {
  return [...(existing === undefined ? [] : Array.isArray(existing) ? existing : [existing]), added];
}

/**
 * Sign-in attempts counted per address on every route the scope registers (the `/auth` routes: a password, a
 * sign-in link, the identity provider's flow) but the one that only says how to sign in; and password attempts
 * per e-mail address they name, from wherever they come, as guessing one person's password from many addresses
 * would. Past a limit: 429 in Dutch, with Retry-After. (A wrong password also locks its address after a few
 * tries: `verifyPassword`.)
 */
export function limitSignIns(scope: FastifyInstance, rates: RateLimits): void {
  const byAddress = hook(limiter(scope, rates.signInPerAddress), addressKey);
  const byEmail = hook(limiter(scope, rates.signInPerPerson), emailOf);
  scope.addHook('onRoute', (route) => {
    if (route.url === howToSignIn) return;
    route.onRequest = withHook(route.onRequest, byAddress);
    // The e-mail address is in the body: counted once it is read.
    if (route.url === passwordSignIn) route.preHandler = withHook(route.preHandler, byEmail);
  });
}
