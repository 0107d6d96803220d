import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Runtime, DefaultLogger, type Worker } from '@temporalio/worker';
import { inject } from 'vitest';
import { historyDataConverter } from '@leercyclus/harness';
import { registerSearchAttributes } from '@leercyclus/toolchain';
import { createLeercyclusWorker, workerActivities, type MailDependencies } from '@leercyclus/worker';
import type { TestRecord } from './record.js';
import { allSearchAttributeKeys } from '@leercyclus/workflows';

let runtimeInstalled = false;

/** What the product does, the tests do: every payload encrypted, here with the TEST key of the recorded histories. */
export const testDataConverter = historyDataConverter();

/** Keeps the SDK's own logging to warnings so test output stays readable. */
function quietRuntime(): void {
  if (runtimeInstalled) return;
  Runtime.install({ logger: new DefaultLogger('WARN') });
  runtimeInstalled = true;
}

/** The time-skipping test server, from the project's own binary, with our search attributes registered. */
export async function timeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  quietRuntime();
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: inject('temporalTestServerPath') } },
    client: { dataConverter: testDataConverter },
  });
  await registerSearchAttributes(env.connection, env.namespace ?? 'default', allSearchAttributeKeys);
  return env;
}

/** A real Temporal dev server (the CLI's `start-dev`), with our search attributes registered. */
export function devServerEnvironment(): Promise<TestWorkflowEnvironment> {
  quietRuntime();
  return TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: inject('temporalCliPath') },
      searchAttributes: [...allSearchAttributeKeys],
    },
    client: { dataConverter: testDataConverter },
  });
}

/**
 * A worker exactly as production registers it, on the bundle built once by the global setup, writing to the
 * given record, routing between processes with the environment's client, and sending e-mail through `mail`'s
 * server (without one, messages stay queued).
 */
export function testWorker(
  env: TestWorkflowEnvironment,
  record: TestRecord,
  mail: MailDependencies = {},
): Promise<Worker> {
  return createLeercyclusWorker({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    dataConverter: testDataConverter,
    workflowBundle: { codePath: inject('workflowBundlePath') },
    activities: workerActivities(env.client, record.db, mail),
  });
}
