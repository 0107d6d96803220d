import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { dataConverter, keyNotice, loadKeyRing, type LoadedKeyRing } from '@leercyclus/codec';
import {
  apiAuthSettings,
  apiHost,
  apiLimits,
  databaseSettings,
  defaultPorts,
  mailSinkDir,
  portFromEnv,
  shutdownGraceMs,
  temporalSettings,
  temporalUiOrigins,
  trustProxyFromEnv,
  type ApiLimits,
  type AuthSettings,
  type DatabaseSettings,
} from '@leercyclus/config';
import { describeAuditLogGuard, migrateAsOwner, openDatabase } from '@leercyclus/db';
import { ensureFirstAdministrator } from './auth/firstAdministrator.js';
import { buildApiServer } from './server.js';

/** Settings that are wrong stop the API before it starts anything, with the message naming the setting. */
function settingsOrExit(): {
  auth: AuthSettings;
  port: number;
  keys: LoadedKeyRing;
  uiOrigins: string[];
  limits: ApiLimits;
  trustProxy: string[] | false;
  graceMs: number;
  record: DatabaseSettings;
} {
  try {
    return {
      auth: apiAuthSettings(),
      port: portFromEnv('API_PORT', defaultPorts.api),
      keys: loadKeyRing(),
      uiOrigins: temporalUiOrigins(),
      limits: apiLimits(),
      trustProxy: trustProxyFromEnv(),
      graceMs: shutdownGraceMs(),
      record: databaseSettings(),
    };
  } catch (error) {
    console.error(`The API does not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

const { auth, port, keys, uiOrigins, limits, trustProxy, graceMs, record } = settingsOrExit();
const settings = temporalSettings();
const host = apiHost();
/**
 * The built control panel: PANEL_ROOT (which must hold a build; empty for none, as when Vite's dev server serves
 * the panel), or else the web app's build when there is one.
 */
const builtPanel = fileURLToPath(new URL('../../web/dist/', import.meta.url));
const panelRoot =
  process.env.PANEL_ROOT === undefined
    ? existsSync(join(builtPanel, 'index.html'))
      ? builtPanel
      : undefined
    : process.env.PANEL_ROOT || undefined;

const connection = await Connection.connect({
  address: settings.address,
  ...(settings.tls !== undefined ? { tls: settings.tls } : {}),
  ...(settings.apiKey !== undefined ? { apiKey: settings.apiKey } : {}),
});
const temporal = new Client({
  connection,
  namespace: settings.namespace,
  dataConverter: dataConverter(keys.ring),
});
const database = await openDatabase();
await migrateAsOwner(database, record);
const auditLogGuard = await describeAuditLogGuard(database.db, record.guardAuditLog);
// `npm start` has made the first administrator already; an API started on its own on a new record does it here.
const firstAdministrator = await ensureFirstAdministrator(database.db, {
  email: process.env.ADMIN_EMAIL,
  publicUrl: auth.publicUrl,
});
const sinkDir = mailSinkDir();
const server = await buildApiServer(
  { temporal, auth, db: database.db, ...(sinkDir !== undefined ? { mailSinkDir: sinkDir } : {}) },
  {
    logger: true,
    temporalUiOrigins: uiOrigins,
    limits,
    trustProxy,
    ...(panelRoot !== undefined ? { panelRoot } : {}),
  },
);
server.log.info(`record: ${database.location}`);
if (auditLogGuard.warn) server.log.warn(auditLogGuard.message);
else server.log.info(auditLogGuard.message);
server.log.info(
  `sign-in: AUTH=${auth.mode}, panel at ${auth.publicUrl}, answering ${auth.allowedHosts.join(', ')}`,
);
if (auth.mode === 'development')
  server.log.warn(
    'development sign-in: anyone on this machine acts as anyone (x-leercyclus-user); never in production',
  );
server.log.info(`${keyNotice(keys)}; the Temporal UI at ${uiOrigins.join(', ')} may decrypt through /codec`);
if (sinkDir !== undefined) server.log.info(`mail sink: the panel's Verzonden berichten shows ${sinkDir}`);
server.log.info(panelRoot ? `control panel: ${panelRoot}` : 'control panel: not built, serving the API only');
if (firstAdministrator) {
  server.log.info(
    `first administrator ${firstAdministrator.person.email}: sign in once, within a day, with ${firstAdministrator.link}`,
  );
}

/**
 * Stops taking requests, lets the calls in flight finish (server.close waits for them), then closes Temporal and
 * the record. A call that hangs does not hold the process past SHUTDOWN_GRACE_SECONDS: it exits anyway, failed.
 */
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  server.log.info(`${signal}: finishing the calls in flight, for at most ${graceMs / 1000} s`);
  const deadline = setTimeout(() => {
    server.log.error(`${signal}: calls still running after ${graceMs / 1000} s; stopping without them`);
    process.exit(1);
  }, graceMs);
  await server.close();
  await connection.close();
  await database.close();
  clearTimeout(deadline);
  process.exit(0);
}
process.once('SIGINT', (signal) => void shutdown(signal));
process.once('SIGTERM', (signal) => void shutdown(signal));

await server.listen({ port, host });
