import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll } from 'vitest';
import type { MailSinkOptions } from '@leercyclus/mail/sink';
import { startApi, type RunningApi } from './api.js';
import { testMail, type TestMail } from './mail.js';
import { testRecord, type TestRecord } from './record.js';
import { devServerEnvironment, testWorker, timeSkippingEnvironment } from './temporal.js';

export interface TestSystem {
  env: TestWorkflowEnvironment;
  record: TestRecord;
  /** Only when asked for with `api: true`. */
  api: RunningApi;
  /** The worker's mail server, a local sink: only when asked for with `mail`. */
  mail: TestMail;
}

/**
 * The system a suite runs against, brought up before its tests and taken down after them: a Temporal server
 * (time-skipping or dev server), a worker as production registers it on a fresh record, and, when asked, the
 * API on that same record and a local SMTP sink the worker sends e-mail to. Its parts are read from the returned object inside the tests.
 */
export function useSystem(
  server: 'timeSkipping' | 'devServer',
  options: { api?: boolean; mail?: Omit<MailSinkOptions, 'folder'> } = {},
): TestSystem {
  const system = {} as TestSystem;
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  beforeAll(async () => {
    system.env = server === 'timeSkipping' ? await timeSkippingEnvironment() : await devServerEnvironment();
    system.record = await testRecord();
    if (options.mail) system.mail = await testMail(options.mail);
    worker = await testWorker(
      system.env,
      system.record,
      system.mail ? { mailer: system.mail.mailer, settings: system.mail.settings } : {},
    );
    running = worker.run();
    if (options.api) {
      system.api = await startApi(
        system.env.client,
        system.record.db,
        system.mail ? { mailSinkDir: system.mail.sink.folder } : {},
      );
    }
  });
  afterAll(async () => {
    await system.api?.server.close();
    worker?.shutdown();
    await running;
    await system.env?.teardown();
    await system.record?.close();
    await system.mail?.close();
  });
  return system;
}
