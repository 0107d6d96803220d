import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { defaultPorts, portFromEnv, temporalSettings } from '@leercyclus/config';
import { migrate, openDatabase } from '@leercyclus/db';
import { buildApiServer } from './server.js';

const settings = temporalSettings();
const port = portFromEnv('API_PORT', defaultPorts.api);
const host = process.env.API_HOST ?? '127.0.0.1';
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
const server = await buildApiServer(
  { temporal, auth: { mode: 'development' }, db: database.db },
  { logger: true, ...(panelRoot !== undefined ? { panelRoot } : {}) },
);
server.log.info(`record: ${database.location}`);
server.log.info(panelRoot ? `control panel: ${panelRoot}` : 'control panel: not built, serving the API only');

async function shutdown(): Promise<void> {
  await server.close();
  await connection.close();
  await database.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());

await server.listen({ port, host });
