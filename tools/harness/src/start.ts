import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { ensureFirstAdministrator, type FirstAdministrator } from '@leercyclus/api';
import { dataConverter, keyNotice, loadKeyRing } from '@leercyclus/codec';
import {
  apiAuthSettings,
  defaultPorts,
  mailSettings,
  portFromEnv,
  retentionFromEnv,
  temporalSettings,
  type AuthSettings,
} from '@leercyclus/config';
import { openDatabase } from '@leercyclus/db';
import { startMailSink, type MailSink } from '@leercyclus/mail/sink';
import { findTemporalBinary, projectRoot, startDevServer, type DevServer } from '@leercyclus/toolchain';
import { allSearchAttributeKeys, taskQueue } from '@leercyclus/workflows';
import { ensurePanelBuilt, panelDist, webRoot } from './system/panel.js';
import { httpAnswers, runPrefixed, stopProcess, waitFor, type Managed } from './system/processes.js';
import { prepareRecord, type PreparedRecord } from './system/record.js';

/**
 * `npm start`: the whole system on embedded defaults — the Temporal dev server on a SQLite file (unless
 * TEMPORAL_ADDRESS points at a cluster), a local mail sink (unless SMTP_URL names a mail server), the worker, and
 * the API serving the built control panel on its own port: one address. `npm start -- --dev` serves the panel from Vite's dev server instead, with hot reload.
 * People sign in with the record's passwords (AUTH=local) unless told otherwise; on a record without an
 * administrator it makes the first one and prints a one-time link that signs them in.
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
let mailSink: MailSink | undefined;
const children: Managed[] = [];
let stopping = false;

async function stopAll(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log('\nstopping…');
    for (const managed of [...children].reverse()) await stopProcess(managed);
    await devServer?.stop();
    await record?.stop();
    await mailSink?.close();
  }
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

/**
 * The API's sign-in settings, checked before anything starts (a wrong AUTH, or development sign-in beyond this
 * machine, stops `npm start` with the API's own message). With `--dev` the panel people open is Vite's.
 */
function signInSettings(): AuthSettings {
  const env: NodeJS.ProcessEnv = { ...process.env, API_PORT: String(apiPort) };
  if (devMode && !env.PUBLIC_URL) env.PUBLIC_URL = `http://127.0.0.1:${webPort}`;
  return apiAuthSettings(env);
}

/** The first administrator and their link, made through the record before the API starts; null if there is one. */
async function firstAdministrator(
  databaseUrl: string,
  auth: AuthSettings,
): Promise<FirstAdministrator | null> {
  const database = await openDatabase({ databaseUrl });
  try {
    return await ensureFirstAdministrator(database.db, {
      email: process.env.ADMIN_EMAIL,
      publicUrl: auth.publicUrl,
    });
  } finally {
    await database.close();
  }
}

/** The banner's lines on signing in: the mode, and the first administrator's link when one was made now. */
function signInLines(auth: AuthSettings, administrator: FirstAdministrator | null): string {
  const how = {
    local: 'e-mail address and password (AUTH=local)',
    oidc: "the organisation's identity provider (AUTH=oidc)",
    development: 'DEVELOPMENT: pick anyone in the panel, on this machine only (AUTH=development)',
  }[auth.mode];
  const lines = [`  sign-in         ${how}`];
  if (administrator) {
    lines.push(
      '',
      `The first administrator (${administrator.person.email}) signs in once, within a day, with this link:`,
      `  ${administrator.link}`,
      'then sets their own password and adds people under Mensen (npm run people -- link <e-mail> makes a new link).',
    );
  } else {
    lines.push('  sign-in link    npm run people -- link <e-mail> (one-time, for anyone in the record)');
  }
  return lines.join('\n');
}

/**
 * Where the worker sends e-mail: the organisation's mail server when SMTP_URL says so, otherwise a local sink on
 * loopback that keeps every message in `.data/mail` for the panel's "Verzonden berichten" page.
 */
async function mailEnvironment(): Promise<{
  worker: Record<string, string>;
  api: Record<string, string>;
  line: string;
}> {
  // A wrong SMTP_URL or MAIL_FROM stops npm start here, naming the variable, rather than the worker later.
  mailSettings();
  if (process.env.SMTP_URL) {
    return { worker: {}, api: {}, line: `through ${new URL(process.env.SMTP_URL).host} (SMTP_URL)` };
  }
  const folder = join(projectRoot, '.data', 'mail');
  mailSink = await startMailSink({ folder, port: portFromEnv('MAIL_SINK_PORT', defaultPorts.mailSink) });
  return {
    worker: { SMTP_URL: mailSink.url },
    api: { MAIL_SINK_DIR: folder },
    line: `${mailSink.url}, a local sink: nothing is delivered, see Verzonden berichten (.data/mail)`,
  };
}

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
  const auth = signInSettings();
  // Checked before anything starts; on one machine without a key, one is generated into .data and said so.
  const keys = loadKeyRing();
  console.log(keyNotice(keys));
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
      // The UI asks the API to decrypt; with --dev the panel's cookie is on the same host as the API.
      codecEndpoint: `${devMode ? `http://127.0.0.1:${apiPort}` : auth.publicUrl}/codec`,
    });
    address = devServer.address;
    console.log(
      `Temporal dev server answering on ${address}, keeping closed workflows ${retentionMs / 86_400_000} days`,
    );
  }
  record = await prepareRecord();
  console.log(`record: ${record.description}`);
  const administrator = await firstAdministrator(record.databaseUrl, auth);
  const mail = await mailEnvironment();
  console.log(`e-mail: ${mail.line}`);
  const env = {
    DATABASE_URL: record.databaseUrl,
    TEMPORAL_ADDRESS: address,
    TEMPORAL_NAMESPACE: settings.namespace,
    API_PORT: String(apiPort),
    ...(keys.file !== undefined ? { LEERCYCLUS_PAYLOAD_KEY_FILE: keys.file } : {}),
    // Links in e-mail point where people open the panel.
    PUBLIC_URL: auth.publicUrl,
  };

  supervise(
    runPrefixed('worker', tsx, [join(projectRoot, 'apps/worker/src/main.ts')], { ...env, ...mail.worker }),
  );
  const connection = await Connection.connect({
    address,
    ...(settings.tls !== undefined ? { tls: settings.tls } : {}),
    ...(settings.apiKey !== undefined ? { apiKey: settings.apiKey } : {}),
  });
  const client = new Client({
    connection,
    namespace: settings.namespace,
    dataConverter: dataConverter(keys.ring),
  });
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
  const apiEnv = {
    ...env,
    ...mail.api,
    PANEL_ROOT: devMode ? '' : panelDist,
    AUTH: auth.mode,
  };
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
  Temporal        ${address} (namespace ${settings.namespace}), payloads encrypted (${keys.from})${devServer ? `\n  Temporal UI     ${devServer.uiUrl} (decrypted for staff signed in to the panel: docs/data-protection.md)` : ''}
  record          ${record.description}
  e-mail          ${mail.line}
${signInLines(auth, administrator)}

Press Ctrl-C to stop everything.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll(1);
}
