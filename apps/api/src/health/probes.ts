import type { FastifyInstance } from 'fastify';
import { pingRecord } from '@leercyclus/db';
import type { ApiDependencies } from '../context.js';

/** The probes' paths: answered whatever host a request names, as an orchestrator probes a pod by its address. */
export const probePaths: readonly string[] = ['/healthz', '/readyz'];

/** A part that has not answered in this time counts as down. */
const answerWithinMs = 3_000;

async function answers(check: () => Promise<unknown>): Promise<true | Error> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${answerWithinMs} ms`)), answerWithinMs);
  });
  try {
    await Promise.race([check(), late]);
    return true;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  } finally {
    clearTimeout(timer);
  }
}

/**
 * - `GET /healthz`: the process lives and serves (200);
 * - `GET /readyz`: Temporal and the record both answer (200), else 503 naming which does not. The probes are
 *   frequent: only their failures reach the log, with the error, which the answer leaves out.
 * The tRPC procedure `health` stays as the panel asks it.
 */
export function serveProbes(server: FastifyInstance, { temporal, db }: ApiDependencies): void {
  server.get('/healthz', { logLevel: 'warn' }, () => ({ status: 'ok' }));
  server.get('/readyz', { logLevel: 'warn' }, async (request, reply) => {
    const [temporalAnswer, recordAnswer] = await Promise.all([
      answers(() =>
        temporal.connection.withDeadline(Date.now() + answerWithinMs, () =>
          temporal.workflowService.getSystemInfo({}),
        ),
      ),
      answers(() => pingRecord(db)),
    ]);
    const parts = { temporal: temporalAnswer, record: recordAnswer };
    const down = Object.entries(parts).filter(([, answer]) => answer !== true);
    for (const [part, error] of down)
      request.log.warn({ err: error }, `not ready: the ${part} does not answer`);
    return reply.code(down.length === 0 ? 200 : 503).send({
      ready: down.length === 0,
      temporal: temporalAnswer === true ? 'ok' : 'unreachable',
      record: recordAnswer === true ? 'ok' : 'unreachable',
    });
  });
}
