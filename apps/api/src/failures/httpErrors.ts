import type { FastifyError, FastifyInstance } from 'fastify';
import { unreachablePart } from '../unreachable.js';
import { correlationIdOf, internalErrorMessage } from './correlation.js';

const unreachable = {
  record: 'De database is nu niet bereikbaar; probeer het over een minuut opnieuw.',
  temporal: 'De workflow-engine (Temporal) is nu niet bereikbaar; probeer het over een minuut opnieuw.',
};

/**
 * How every route outside tRPC (sign-in, the panel, routes added later) answers a failure; tRPC answers its own
 * (`errorFormatter` in trpc.ts) in the same terms:
 * - a refused request (4xx: too large, unreadable, too slow to arrive, too many) says what was wrong with it;
 * - a call that took too long, or found the record or Temporal away, answers 503 saying so;
 * - anything else is an internal error: the log gets all of it (SQL, Temporal's text, the stack) under a
 *   correlation id, the client only that id.
 */
export function answerFailures(server: FastifyInstance, options: { bodyLimitBytes: number }): void {
  const refusals: Partial<Record<number, string>> = {
    408: 'Het verzoek kwam niet op tijd helemaal binnen; probeer het opnieuw.',
    413: `Dit verzoek is groter dan de server aanneemt (hoogstens ${Math.floor(options.bodyLimitBytes / 1024)} kB).`,
    415: 'Dit soort inhoud neemt de server niet aan.',
  };
  server.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ message: refusals[status] ?? error.message });
    }
    if (error.code === 'FST_ERR_HANDLER_TIMEOUT') {
      request.log.warn({ err: error }, 'the call took too long');
      return reply.code(503).send({ message: 'De server deed er te lang over; probeer het opnieuw.' });
    }
    const part = unreachablePart(error);
    if (part !== null) {
      request.log.warn({ err: error }, `the ${part} is out of reach`);
      return reply.code(503).send({ message: unreachable[part] });
    }
    const correlationId = correlationIdOf(error);
    request.log.error({ err: error, correlationId }, 'request failed');
    return reply.code(500).send({ message: internalErrorMessage(correlationId), correlationId });
  });
}
