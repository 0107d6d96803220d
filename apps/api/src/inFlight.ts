import type { FastifyInstance } from 'fastify';

/**
 * The procedure calls still running. A client that hangs up (a closed tab) ends its HTTP request, but not the
 * Temporal and record calls its procedure is making: closing the server waits for those here, so none outlives
 * the connections the process closes next (a retried Temporal call on a closed connection throws from a timer,
 * "Channel has been shut down").
 */
export interface InFlight {
  track<T>(work: Promise<T>): Promise<T>;
  /** Resolves once nothing is running, including calls started while waiting. */
  drained(): Promise<void>;
}

export function inFlightCalls(): InFlight {
  const running = new Set<Promise<unknown>>();
  return {
    track(work) {
      running.add(work);
      const settle = () => running.delete(work);
      work.then(settle, settle);
      return work;
    },
    async drained() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}

/** Tracks every route handler of a plugin like a procedure call: the server waits for it before it closes the record. */
export function trackRoutes(server: FastifyInstance, inFlight: InFlight): void {
  server.addHook('onRoute', (route) => {
    const handler = route.handler;
    route.handler = function (request, reply) {
      return inFlight.track(Promise.resolve(handler.call(this, request, reply)));
    };
  });
}
