import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveWorkerHealth, type WorkerHealth } from '@leercyclus/worker';
import { eventually } from '../support/api.js';
import { testRecord, type TestRecord } from '../support/record.js';
import { testWorker, timeSkippingEnvironment } from '../support/temporal.js';

interface Probe {
  status: number;
  body: { ready?: boolean; worker?: string; temporal?: string; status?: string };
}

describe("the worker's health endpoint", () => {
  let env: TestWorkflowEnvironment | undefined;
  let record: TestRecord;
  let worker: Worker;
  let running: Promise<void> | undefined;
  let health: WorkerHealth;

  const probe = async (path: string): Promise<Probe> => {
    const response = await fetch(`${health.url}${path}`);
    return { status: response.status, body: (await response.json()) as Probe['body'] };
  };

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
    record = await testRecord();
    worker = await testWorker(env, record);
    health = await serveWorkerHealth({
      port: 0,
      host: '127.0.0.1',
      worker,
      connection: env.nativeConnection,
    });
  });
  afterAll(async () => {
    if (running && worker.getState() === 'RUNNING') worker.shutdown();
    await running;
    await health?.close();
    await env?.teardown();
    await record?.close();
  });

  it('lives from the start, and is ready only once the worker polls its task queue', async () => {
    expect(await probe('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await probe('/readyz')).toEqual({
      status: 503,
      body: { ready: false, worker: 'INITIALIZED', temporal: 'ok' },
    });
    running = worker.run();
    const ready = await eventually(
      () => probe('/readyz'),
      (answer) => answer.status === 200,
    );
    expect(ready.body).toEqual({ ready: true, worker: 'RUNNING', temporal: 'ok' });
  });

  it('is not ready once the worker shuts down, nor when Temporal is away', async () => {
    worker.shutdown();
    await running;
    expect(await probe('/readyz')).toEqual({
      status: 503,
      body: { ready: false, worker: 'STOPPED', temporal: 'ok' },
    });
    await env!.teardown();
    env = undefined;
    expect((await probe('/readyz')).body).toMatchObject({ ready: false, temporal: 'unreachable' });
    expect((await probe('/healthz')).status).toBe(200);
  });
});
