import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { dataConverter, keyNotice, loadKeyRing } from '@leercyclus/codec';
import {
  databaseSettings,
  mailSettings,
  recordRetention,
  shutdownGraceMs,
  temporalSettings,
  workerHealthListen,
} from '@leercyclus/config';
import { retentionScheduleId } from '@leercyclus/workflows';
import { describeAuditLogGuard, migrateAsOwner, openDatabase } from '@leercyclus/db';
import { smtpMailer } from '@leercyclus/mail';
import { workerActivities } from './activities/index.js';
import { defaultMaxCachedWorkflows } from './cacheSize.js';
import { createLeercyclusWorker } from './createWorker.js';
import { serveWorkerHealth } from './health.js';
import { ensureMailDelivery, ensureMailPlanning } from './mailDelivery.js';
import { ensureRetentionSchedule } from './retentionSchedule.js';

const settings = temporalSettings();
const keys = loadKeyRing();
const converter = dataConverter(keys.ring);
const healthListen = workerHealthListen();
const graceMs = shutdownGraceMs();
const mail = mailSettings();
const prebuilt =
  process.env.WORKFLOW_BUNDLE_PATH ?? fileURLToPath(new URL('../dist/workflow-bundle.js', import.meta.url));
const useBundle = process.env.NODE_ENV === 'production' || process.env.WORKFLOW_BUNDLE_PATH !== undefined;
if (useBundle && !existsSync(prebuilt)) {
  throw new Error(`No workflow bundle at ${prebuilt}: run \`npm run build -w @leercyclus/worker\` first.`);
}
const retention = recordRetention();
const maxCachedWorkflows = process.env.WORKER_MAX_CACHED_WORKFLOWS
  ? Number(process.env.WORKER_MAX_CACHED_WORKFLOWS)
  : defaultMaxCachedWorkflows();

const recordSettings = databaseSettings();
const database = await openDatabase();
await migrateAsOwner(database, recordSettings);
const auditLogGuard = await describeAuditLogGuard(database.db, recordSettings.guardAuditLog);
if (auditLogGuard.warn) console.warn(auditLogGuard.message);

const connectionOptions = {
  address: settings.address,
  ...(settings.tls !== undefined ? { tls: settings.tls } : {}),
  ...(settings.apiKey !== undefined ? { apiKey: settings.apiKey } : {}),
};
const connection = await NativeConnection.connect(connectionOptions);
// Routing activities signal other workflows (tables, cycles), and the mail schedule is made, with an ordinary client.
const clientConnection = await Connection.connect(connectionOptions);
const client = new Client({
  connection: clientConnection,
  namespace: settings.namespace,
  dataConverter: converter,
});
const mailer = mail.smtpUrl ? smtpMailer(mail.smtpUrl) : undefined;
const worker = await createLeercyclusWorker({
  connection,
  namespace: settings.namespace,
  dataConverter: converter,
  activities: workerActivities(client, database.db, { mailer, settings: mail }),
  ...(useBundle ? { workflowBundle: { codePath: prebuilt } } : {}),
  maxCachedWorkflows,
  shutdownGraceMs: graceMs,
});
const schedule = await ensureRetentionSchedule(client, retention);
await ensureMailDelivery(client);
await ensureMailPlanning(client);
console.log(
  mailer
    ? `e-mail through ${mail.smtpUrl!.host} as ${mail.from}, links to ${mail.publicUrl}`
    : 'SMTP_URL is not set: e-mail waits in the record until a mail server is configured',
);
console.log(
  `retention schedule "${retentionScheduleId}" ${schedule}, nightly at 03:15 Amsterdam time; days kept: ${Object.entries(
    retention,
  )
    .map(([kind, days]) => `${kind} ${days}`)
    .join(', ')}`,
);
console.log(
  `worker polling task queue "${worker.options.taskQueue}" on ${settings.address}/${settings.namespace}, record: ${database.location}; ${keyNotice(keys)}`,
);
const health = healthListen && (await serveWorkerHealth({ ...healthListen, worker, connection }));
if (health) console.log(`worker health: ${health.url}/healthz and ${health.url}/readyz`);
try {
  // Worker.run installs its own SIGINT/SIGTERM handling and resolves once shut down cleanly; past the grace
  // period (SHUTDOWN_GRACE_SECONDS) it rejects, and the process ends failed.
  await worker.run();
} finally {
  await health?.close();
  mailer?.close();
}
await clientConnection.close();
await connection.close();
await database.close();
