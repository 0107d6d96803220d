import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { mailSettings, type MailSettings } from '@leercyclus/config';
import { smtpMailer, type Mailer } from '@leercyclus/mail';
import {
  readSink,
  startMailSink,
  type MailSink,
  type MailSinkOptions,
  type SinkMessage,
} from '@leercyclus/mail/sink';
import { taskQueue, type DeliveryReport } from '@leercyclus/workflows';

/** A local SMTP sink in a folder of its own, and a mailer of the worker on it. */
export interface TestMail {
  sink: MailSink;
  mailer: Mailer;
  settings: MailSettings;
  /** What the sink kept, newest first. */
  received(): Promise<SinkMessage[]>;
  close(): Promise<void>;
}

export async function testMail(options: Omit<MailSinkOptions, 'folder'> = {}): Promise<TestMail> {
  const folder = mkdtempSync(join(tmpdir(), 'leercyclus-mail-'));
  const sink = await startMailSink({ ...options, folder });
  const mailer = smtpMailer(new URL(sink.url));
  return {
    sink,
    mailer,
    settings: mailSettings({ SMTP_URL: sink.url, MAIL_FROM: 'Leercyclus <leercyclus@gemeente.example>' }),
    received: () => readSink(folder),
    close: async () => {
      mailer.close();
      await sink.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

let runs = 0;

/** One delivery run, as the schedule starts it every minute, now: what it sent. */
export function deliverMailNow(client: Client): Promise<DeliveryReport> {
  runs += 1;
  return client.workflow.execute('deliverMail', {
    taskQueue,
    workflowId: `mail/deliver-test-${Date.now()}-${runs}`,
  });
}
