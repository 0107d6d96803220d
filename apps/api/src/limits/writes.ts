import type { TRPCRequestInfo } from '@trpc/server/http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RateLimits } from '@leercyclus/config';
import { addressKey, limiter } from './rateLimits.js';
import { Throttled } from './throttled.js';

/** Counts a request's procedure calls that change something, and refuses them all once a limit is passed. */
export type WriteLimits = (
  request: FastifyRequest,
  personId: string | null,
  info: TRPCRequestInfo,
) => Promise<void>;

/**
 * Writes (tRPC mutations) per address and per signed-in person, each call of a batch counted; a person's
 * sessions and tokens share one count. Checked as a request's context is made, so the calls a procedure makes
 * in-process (the demo's steps) are not counted again.
 */
export function writeLimits(server: FastifyInstance, rates: RateLimits): WriteLimits {
  const byAddress = limiter(server, rates.writesPerAddress);
  const byPerson = limiter(server, rates.writesPerPerson);
  return async (request, personId, info) => {
    const writes = info.calls.filter((call) => call.procedure?._def.type === 'mutation').length;
    const waits: number[] = [];
    for (let call = 0; call < writes; call += 1) {
      waits.push((await byAddress(request, addressKey(request))) ?? 0);
      if (personId !== null) waits.push((await byPerson(request, `person ${personId}`)) ?? 0);
    }
    const wait = Math.max(0, ...waits);
    if (wait > 0) throw new Throttled(wait);
  };
}
