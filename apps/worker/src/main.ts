import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { dataConverter, keyNotice, loadKeyRing } from '@leercyclus/codec';
import {
  databaseSettings,
  recordRetention,
  shutdownGraceMs,
  temporalSettings,
  workerHealthListen,
} from '@leercyclus/config';
import { retentionScheduleId } from '@leercyclus/workflows';
import { createRecordActivities, describeAuditLogGuard, migrateAsOwner, openDatabase } from '@leercyclus/db';
import { createRoutingActivities } from './activities/routing.js';
import { defaultMaxCachedWorkflows } from './cacheSize.js';
import { createLeercyclusWorker } from './createWorker.js';
import { serveWorkerHealth } from './health.js';
import { ensureRetentionSchedule } from './retentionSchedule.js';

const settings = temporalSettings();
const keys = loadKeyRing();
const converter = dataConverter(keys.ring);
const healthListen = workerHealthListen();
const graceMs = shutdownGraceMs();
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
// Routing activities signal other workflows (tables, cycles) through an ordinary client.
const clientConnection = await Connection.connect(connectionOptions);
const client = new Client({
  connection: clientConnection,
  namespace: settings.namespace,
  dataConverter: converter,
});
const record = createRecordActivities(database.db);
const worker = await createLeercyclusWorker({
  connection,
  namespace: settings.namespace,
  dataConverter: converter,
  activities: { ...record, ...createRoutingActivities(client, database.db) },
  ...(useBundle ? { workflowBundle: { codePath: prebuilt } } : {}),
  maxCachedWorkflows,
  shutdownGraceMs: graceMs,
});
const schedule = await ensureRetentionSchedule(client, retention);
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
}
await clientConnection.close();
await connection.close();
await database.close();
