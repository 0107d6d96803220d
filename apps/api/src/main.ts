import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import {
  apiAuthSettings,
  apiHost,
  defaultPorts,
  mailSinkDir,
  portFromEnv,
  temporalSettings,
  type AuthSettings,
} from '@leercyclus/config';
import { migrate, openDatabase } from '@leercyclus/db';
import { ensureFirstAdministrator } from './auth/firstAdministrator.js';
import { buildApiServer } from './server.js';

/** Settings that are wrong stop the API before it starts anything, with the message naming the setting. */
function settingsOrExit(): { auth: AuthSettings; port: number } {
  try {
    return { auth: apiAuthSettings(), port: portFromEnv('API_PORT', defaultPorts.api) };
  } catch (error) {
    console.error(`The API does not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

const { auth, port } = settingsOrExit();
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
const temporal = new Client({ connection, namespace: settings.namespace });
const database = await openDatabase();
await migrate(database);
// `npm start` has made the first administrator already; an API started on its own on a new record does it here.
const firstAdministrator = await ensureFirstAdministrator(database.db, {
  email: process.env.ADMIN_EMAIL,
  publicUrl: auth.publicUrl,
});
const sinkDir = mailSinkDir();
const server = await buildApiServer(
  { temporal, auth, db: database.db, ...(sinkDir !== undefined ? { mailSinkDir: sinkDir } : {}) },
  { logger: true, ...(panelRoot !== undefined ? { panelRoot } : {}) },
);
server.log.info(`record: ${database.location}`);
server.log.info(
  `sign-in: AUTH=${auth.mode}, panel at ${auth.publicUrl}, answering ${auth.allowedHosts.join(', ')}`,
);
if (auth.mode === 'development')
  server.log.warn(
    'development sign-in: anyone on this machine acts as anyone (x-leercyclus-user); never in production',
  );
if (sinkDir !== undefined) server.log.info(`mail sink: the panel's Verzonden berichten shows ${sinkDir}`);
server.log.info(panelRoot ? `control panel: ${panelRoot}` : 'control panel: not built, serving the API only');
if (firstAdministrator) {
  server.log.info(
    `first administrator ${firstAdministrator.person.email}: sign in once, within a day, with ${firstAdministrator.link}`,
  );
}

async function shutdown(): Promise<void> {
  await server.close();
  await connection.close();
  await database.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());

await server.listen({ port, host });
