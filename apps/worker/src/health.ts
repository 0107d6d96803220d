import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NativeConnection, Worker } from '@temporalio/worker';

/** Temporal counts as away when it has not answered in this time. */
const answerWithinMs = 3_000;

export interface WorkerHealth {
  /** Where it answers, e.g. http://127.0.0.1:9464. */
  url: string;
  close(): Promise<void>;
}

async function temporalAnswers(connection: NativeConnection): Promise<boolean> {
  try {
    await connection.withDeadline(Date.now() + answerWithinMs, () =>
      connection.workflowService.getSystemInfo({}),
    );
    return true;
  } catch {
    return false;
  }
}

/**
 * The worker's probes, on a port of their own (WORKER_HEALTH_PORT):
 * - `GET /healthz`: the process lives (200);
 * - `GET /readyz`: the worker runs (it polls its task queue, not starting or shutting down) and Temporal answers
 *   its connection: 200; else 503 with the worker's state and whether Temporal answers.
 */
export async function serveWorkerHealth(options: {
  port: number;
  host: string;
  worker: Pick<Worker, 'getState'>;
  connection: NativeConnection;
}): Promise<WorkerHealth> {
  const { worker, connection } = options;
  const server = createServer((request, response) => {
    const answer = (status: number, body: object) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const path = request.url?.split('?')[0];
    if (request.method !== 'GET' || (path !== '/healthz' && path !== '/readyz'))
      return answer(404, { message: 'Alleen /healthz en /readyz.' });
    if (path === '/healthz') return answer(200, { status: 'ok' });
    void temporalAnswers(connection).then((temporal) => {
      const state = worker.getState();
      const ready = state === 'RUNNING' && temporal;
      answer(ready ? 200 : 503, { ready, worker: state, temporal: temporal ? 'ok' : 'unreachable' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
