import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll } from 'vitest';
import { startApi, type RunningApi } from './api.js';
import { testRecord, type TestRecord } from './record.js';
import { devServerEnvironment, testWorker, timeSkippingEnvironment } from './temporal.js';

export interface TestSystem {
  env: TestWorkflowEnvironment;
  record: TestRecord;
  /** Only when asked for with `api: true`. */
  api: RunningApi;
}

/**
 * The system a suite runs against, brought up before its tests and taken down after them: a Temporal server
 * (time-skipping or dev server), a worker as production registers it on a fresh record, and, when asked, the
 * API on that same record. Its parts are read from the returned object inside the tests.
 */
export function useSystem(server: 'timeSkipping' | 'devServer', options: { api?: boolean } = {}): TestSystem {
  const system = {} as TestSystem;
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  beforeAll(async () => {
    system.env = server === 'timeSkipping' ? await timeSkippingEnvironment() : await devServerEnvironment();
    system.record = await testRecord();
    worker = await testWorker(system.env, system.record);
    running = worker.run();
    if (options.api) system.api = await startApi(system.env.client, system.record.db);
  });
  afterAll(async () => {
    await system.api?.server.close();
    worker?.shutdown();
    await running;
    await system.env?.teardown();
    await system.record?.close();
  });
  return system;
}
