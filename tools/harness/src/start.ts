import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { defaultPorts, portFromEnv, retentionFromEnv, temporalSettings } from '@leercyclus/config';
import { findTemporalBinary, projectRoot, startDevServer, type DevServer } from '@leercyclus/toolchain';
import { allSearchAttributeKeys, taskQueue } from '@leercyclus/workflows';
import { ensurePanelBuilt, panelDist, webRoot } from './system/panel.js';
import { httpAnswers, runPrefixed, stopProcess, waitFor, type Managed } from './system/processes.js';
import { prepareRecord, type PreparedRecord } from './system/record.js';

/**
 * `npm start`: the whole system on embedded defaults — the Temporal dev server on a SQLite file (unless
 * TEMPORAL_ADDRESS points at a cluster), the worker, and the API serving the built control panel on its own
 * port: one address. `npm start -- --dev` serves the panel from Vite's dev server instead, with hot reload.
 */
const devMode = process.argv.slice(2).includes('--dev');
const settings = temporalSettings();
const retentionMs = retentionFromEnv();
const apiPort = portFromEnv('API_PORT', defaultPorts.api);
const webPort = portFromEnv('WEB_PORT', defaultPorts.web);
const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
const vite = join(projectRoot, 'node_modules', '.bin', 'vite');

let devServer: DevServer | undefined;
let record: PreparedRecord | undefined;
const children: Managed[] = [];
let stopping = false;

async function stopAll(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log('\nstopping…');
    for (const managed of [...children].reverse()) await stopProcess(managed);
    await devServer?.stop();
    await record?.stop();
  }
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

function supervise(managed: Managed): Managed {
  children.push(managed);
  managed.child.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(
      `[${managed.name}] stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping everything`,
    );
    void stopAll(1);
  });
  return managed;
}

try {
  // The build takes a while: it runs while the dev server and the worker start, and the API waits for it.
  const panelBuilt = devMode ? Promise.resolve() : ensurePanelBuilt((line) => console.log(line));
  // Handled here too, so a failed build is reported once, where it is awaited, not as an unhandled rejection.
  panelBuilt.catch(() => undefined);
  let address = settings.address;
  if (!settings.external) {
    findTemporalBinary('cli');
    const port = portFromEnv('TEMPORAL_PORT', defaultPorts.temporal);
    devServer = await startDevServer({
      dbFilename: join(projectRoot, '.data', 'temporal', 'dev.sqlite'),
      port,
      uiPort: portFromEnv('TEMPORAL_UI_PORT', defaultPorts.temporalUi),
      namespace: settings.namespace,
      searchAttributes: allSearchAttributeKeys,
      retentionMs,
    });
    address = devServer.address;
    console.log(
      `Temporal dev server answering on ${address}, keeping closed workflows ${retentionMs / 86_400_000} days`,
    );
  }
  record = await prepareRecord();
  console.log(`record: ${record.description}`);
  const env = {
    DATABASE_URL: record.databaseUrl,
    TEMPORAL_ADDRESS: address,
    TEMPORAL_NAMESPACE: settings.namespace,
    API_PORT: String(apiPort),
  };

  supervise(runPrefixed('worker', tsx, [join(projectRoot, 'apps/worker/src/main.ts')], env));
  const connection = await Connection.connect({
    address,
    ...(settings.tls !== undefined ? { tls: settings.tls } : {}),
    ...(settings.apiKey !== undefined ? { apiKey: settings.apiKey } : {}),
  });
  const client = new Client({ connection, namespace: settings.namespace });
  await waitFor('the worker', async () => {
    const queue = await client.workflowService.describeTaskQueue({
      namespace: settings.namespace,
      taskQueue: { name: taskQueue },
      taskQueueType: 1, // workflow task queue
    });
    return queue.pollers.length > 0;
  });
  await connection.close();

  await panelBuilt;
  // In development mode the API serves no panel (PANEL_ROOT empty): Vite's dev server does.
  const apiEnv = { ...env, PANEL_ROOT: devMode ? '' : panelDist };
  supervise(runPrefixed('api', tsx, [join(projectRoot, 'apps/api/src/main.ts')], apiEnv));
  await waitFor('the API', () => httpAnswers(`http://127.0.0.1:${apiPort}/trpc/health`));

  const apiUrl = `http://127.0.0.1:${apiPort}`;
  let panelUrl = `${apiUrl}/`;
  if (devMode) {
    supervise(
      runPrefixed(
        'web',
        vite,
        ['--port', String(webPort), '--strictPort', '--host', '127.0.0.1'],
        { ...env, LEERCYCLUS_API_URL: apiUrl },
        webRoot,
      ),
    );
    panelUrl = `http://127.0.0.1:${webPort}/`;
  }
  await waitFor('the control panel', () => httpAnswers(panelUrl));

  console.log(`
Leercyclus is running${devMode ? ' (development: the panel from Vite with hot reload)' : ''}:
  control panel   ${panelUrl}
  API (tRPC)      ${apiUrl}/trpc
  Temporal        ${address} (namespace ${settings.namespace})${devServer ? `\n  Temporal UI     ${devServer.uiUrl}` : ''}
  record          ${record.description}
Press Ctrl-C to stop everything.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll(1);
}
