import fastifyRateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { throttledMessages } from './throttled.js';

/** Every limit counts calls per minute. */
const windowMs = 60_000;

/** Counts one call against a key; answers the seconds to wait when the key is past its limit, else null. */
export type Limiter = (request: FastifyRequest, key: string) => Promise<number | null>;

/**
 * The rate-limit plugin, for the limiters below and for a route that asks for a limit of its own
 * (`config: { rateLimit: { max } }`, answered 429 in Dutch); a route that does not ask has none. The counts
 * live in this process: with several API processes, each counts its own share.
 */
export async function registerRateLimiting(server: FastifyInstance): Promise<void> {
  await server.register(fastifyRateLimit, {
    global: false,
    timeWindow: windowMs,
    cache: 10_000,
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(throttledMessages.other(Math.ceil(context.ttl / 1000))), {
        statusCode: context.statusCode,
      }),
  });
}

/** At most `max` calls a minute per key; 0 for no limit. */
export function limiter(server: FastifyInstance, max: number): Limiter {
  if (max === 0) return () => Promise.resolve(null);
  // The plugin asks a request for its key; the caller knows it (a person, an e-mail address) and hands it over.
  const keys = new WeakMap<FastifyRequest, string>();
  const check = server.createRateLimit({
    max,
    timeWindow: windowMs,
    keyGenerator: (request) => keys.get(request) ?? '',
  });
  return async (request, key) => {
    keys.set(request, key);
    const limit = await check(request);
    return !limit.isAllowed && limit.isExceeded ? Math.max(1, limit.ttlInSeconds) : null;
  };
}

/** The client's address as a key; an IPv6 address by its /64, as one household or office is given. */
export function addressKey(request: FastifyRequest): string {
  return `address ${normalizeIP(request.ip)}`;
}
