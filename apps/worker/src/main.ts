import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { databaseSettings, temporalSettings } from '@leercyclus/config';
import { createRecordActivities, describeAuditLogGuard, migrateAsOwner, openDatabase } from '@leercyclus/db';
import { createRoutingActivities } from './activities/routing.js';
import { defaultMaxCachedWorkflows } from './cacheSize.js';
import { createLeercyclusWorker } from './createWorker.js';

const settings = temporalSettings();
const prebuilt =
  process.env.WORKFLOW_BUNDLE_PATH ?? fileURLToPath(new URL('../dist/workflow-bundle.js', import.meta.url));
const useBundle = process.env.NODE_ENV === 'production' || process.env.WORKFLOW_BUNDLE_PATH !== undefined;
if (useBundle && !existsSync(prebuilt)) {
  throw new Error(`No workflow bundle at ${prebuilt}: run \`npm run build -w @leercyclus/worker\` first.`);
}
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
const client = new Client({ connection: clientConnection, namespace: settings.namespace });
const record = createRecordActivities(database.db);
const worker = await createLeercyclusWorker({
  connection,
  namespace: settings.namespace,
  activities: { ...record, ...createRoutingActivities(client, database.db) },
  ...(useBundle ? { workflowBundle: { codePath: prebuilt } } : {}),
  maxCachedWorkflows,
});
console.log(
  `worker polling task queue "${worker.options.taskQueue}" on ${settings.address}/${settings.namespace}, record: ${database.location}`,
);
// Worker.run installs its own SIGINT/SIGTERM handling and resolves once shut down cleanly.
await worker.run();
await clientConnection.close();
await connection.close();
await database.close();
