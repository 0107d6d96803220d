import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { mailSettings, temporalSettings } from '@leercyclus/config';
import { migrate, openDatabase } from '@leercyclus/db';
import { smtpMailer } from '@leercyclus/mail';
import { workerActivities } from './activities/index.js';
import { defaultMaxCachedWorkflows } from './cacheSize.js';
import { createLeercyclusWorker } from './createWorker.js';
import { ensureMailDelivery } from './mailDelivery.js';

const settings = temporalSettings();
const mail = mailSettings();
const prebuilt =
  process.env.WORKFLOW_BUNDLE_PATH ?? fileURLToPath(new URL('../dist/workflow-bundle.js', import.meta.url));
const useBundle = process.env.NODE_ENV === 'production' || process.env.WORKFLOW_BUNDLE_PATH !== undefined;
if (useBundle && !existsSync(prebuilt)) {
  throw new Error(`No workflow bundle at ${prebuilt}: run \`npm run build -w @leercyclus/worker\` first.`);
}
const maxCachedWorkflows = process.env.WORKER_MAX_CACHED_WORKFLOWS
  ? Number(process.env.WORKER_MAX_CACHED_WORKFLOWS)
  : defaultMaxCachedWorkflows();

const database = await openDatabase();
await migrate(database);

const connectionOptions = {
  address: settings.address,
  ...(settings.tls !== undefined ? { tls: settings.tls } : {}),
  ...(settings.apiKey !== undefined ? { apiKey: settings.apiKey } : {}),
};
const connection = await NativeConnection.connect(connectionOptions);
// Routing activities signal other workflows (tables, cycles), and the mail schedule is made, with an ordinary client.
const clientConnection = await Connection.connect(connectionOptions);
const client = new Client({ connection: clientConnection, namespace: settings.namespace });
const mailer = mail.smtpUrl ? smtpMailer(mail.smtpUrl) : undefined;
const worker = await createLeercyclusWorker({
  connection,
  namespace: settings.namespace,
  activities: workerActivities(client, database.db, { mailer, settings: mail }),
  ...(useBundle ? { workflowBundle: { codePath: prebuilt } } : {}),
  maxCachedWorkflows,
});
await ensureMailDelivery(client);
console.log(
  mailer
    ? `e-mail through ${mail.smtpUrl!.host} as ${mail.from}, links to ${mail.publicUrl}`
    : 'SMTP_URL is not set: e-mail waits in the record until a mail server is configured',
);
console.log(
  `worker polling task queue "${worker.options.taskQueue}" on ${settings.address}/${settings.namespace}, record: ${database.location}`,
);
// Worker.run installs its own SIGINT/SIGTERM handling and resolves once shut down cleanly.
await worker.run();
mailer?.close();
await clientConnection.close();
await connection.close();
await database.close();
