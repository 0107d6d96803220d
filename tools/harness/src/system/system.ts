import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { dataConverter, keyNotice, loadKeyRing } from '@leercyclus/codec';
import type { HeldMembership } from '@leercyclus/db/testing';
import { findTemporalBinary, projectRoot, startDevServer, type DevServer } from '@leercyclus/toolchain';
import { allSearchAttributeKeys, taskQueue } from '@leercyclus/workflows';
import { writeWorkflowBundle } from '@leercyclus/worker';
import { DefaultLogger } from '@temporalio/worker';
import { apiClient, type ApiClient } from './apiClient.js';
import { preparePeople } from './people.js';
import { freePort } from './freePort.js';
import { ensurePanelBuilt, panelDist } from './panel.js';
import { startSystemMailSink, type SystemMailSink } from './mailSink.js';
import { httpAnswers, runPrefixed, stopProcess, waitFor, type Managed } from './processes.js';
import { prepareRecord } from './record.js';

export interface SystemOptions {
  /** A folder of this run alone, emptied first: the dev server's SQLite file, PGlite, the bundle, the log. */
  dataDir: string;
  /** A Postgres server for the record (migrated here); without it PGlite in `dataDir`, served by its own process. */
  databaseUrl?: string;
  /** Extra environment of the worker process, e.g. WORKER_MAX_CACHED_WORKFLOWS. */
  workerEnv?: Record<string, string>;
  /** A workflow bundle built already (the tests' global setup builds one); without it one is built here. */
  workflowBundlePath?: string;
  /** The API serves the built control panel (built first when missing or stale); without it, the API only. */
  panel?: boolean;
  namespace?: string;
  /** How the API signs people in: `local` (the default, as `npm start`) or `development` (a header names them). */
  auth?: 'local' | 'development';
  /** Extra environment of the API process, e.g. AUTH=oidc with its OIDC_* settings (over `auth`). */
  apiEnv?: Record<string, string>;
  /** Where the harness reports its progress; the processes' own output goes to `<dataDir>/system.log`. */
  progress?: (line: string) => void;
}

/** The whole system as production runs it: each part a process of its own, on free ports. */
export interface RunningSystem {
  dataDir: string;
  logFile: string;
  namespace: string;
  temporalAddress: string;
  /** The dev server's web UI, pointed at the API's codec endpoint. */
  temporalUiUrl: string;
  /** The data converter every part of this system uses: the product's codec with a key of this run alone. */
  dataConverter: DataConverter;
  /** The tRPC endpoint, e.g. http://127.0.0.1:41234/trpc. */
  apiUrl: string;
  /** The API's own address, where it serves the control panel when started with `panel`. */
  panelUrl: string;
  /**
   * A tRPC client of the API over HTTP signed in as one of the record's development people, with a personal API
   * token made for them at start (or anonymous), reused across calls.
   */
  as(personId?: string): ApiClient;
  /** Gives people roles in scopes (see `parts`), through the record as an administrator would. */
  grant(memberships: readonly HeldMembership[]): Promise<void>;
  /** A one-time link that signs the person in to the panel (`/auth/link/…`), as `npm run people -- link` makes. */
  signInLink(personId: string): Promise<string>;
  /** The record as the worker and the API reach it. */
  databaseUrl: string;
  /** The local SMTP sink the worker sends e-mail to, and the API's "Verzonden berichten" reads. */
  mailSink: SystemMailSink;
  workflowBundlePath: string;
  /** A raw Temporal client on the same server, with the system's data converter, for baselines and histories. */
  client: Client;
  workerPid(): number;
  /** Process ids of the parts now running (dev server, record when served here, worker, API). */
  pids(): Record<string, number>;
  /** The worker's environment as started (its cache settings). */
  workerEnv: Record<string, string>;
  killWorker(signal?: NodeJS.Signals): Promise<void>;
  startWorker(): Promise<void>;
  stopDevServer(): Promise<void>;
  startDevServer(): Promise<void>;
  /**
   * Stops the parts in the order that leaves no call without its server: the API first (it answers the calls
   * it has taken, also those whose client hung up), then the worker (its running activities finish), then this
   * harness's client, the record and the dev server. Rejects with every part that failed to stop.
   */
  stop(): Promise<void>;
}

/** Children still running, killed if the harness exits without stopping them (an uncaught error). */
const running = new Set<{ kill: (signal: NodeJS.Signals) => boolean }>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Runs a TypeScript entry point as a plain node process (one pid: what /proc and kill see). */
function runScript(
  name: string,
  script: string,
  env: Record<string, string>,
  output: (line: string) => void,
): Managed {
  const managed = runPrefixed(name, process.execPath, ['--import', 'tsx', script], env, projectRoot, output);
  running.add(managed.child);
  managed.child.once('exit', (code, signal) => {
    running.delete(managed.child);
    output(`[${name}] exited (${signal ?? `code ${code}`})`);
  });
  return managed;
}

/** Rejects when the process exits: raced against a readiness check, so a crash fails at once. */
function exitOf(managed: Managed, logFile: string): Promise<never> {
  const exited = new Promise<never>((_, reject) =>
    managed.child.once('exit', (code, signal) =>
      reject(new Error(`the ${managed.name} exited (${signal ?? `code ${code}`}); see ${logFile}`)),
    ),
  );
  exited.catch(() => undefined);
  return exited;
}

/**
 * Stops a part with SIGTERM and fails unless it exits with code 0: an error while shutting down (a call left on
 * a closed connection) or a part that had to be killed is a fault of the system, not noise.
 */
async function stopCleanly(managed: Managed, logFile: string): Promise<void> {
  await stopProcess(managed);
  const { exitCode, signalCode } = managed.child;
  if (exitCode !== 0) {
    throw new Error(
      `the ${managed.name} did not stop cleanly (${signalCode ?? `code ${exitCode}`}); see ${logFile}`,
    );
  }
}

export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  const namespace = options.namespace ?? 'default';
  rmSync(options.dataDir, { recursive: true, force: true });
  mkdirSync(options.dataDir, { recursive: true });
  const logFile = join(options.dataDir, 'system.log');
  const log = createWriteStream(logFile, { flags: 'a' });
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  const output = (line: string) => {
    // A child's last lines may come after the log was closed by stop().
    if (!log.writableEnded) log.write(`${new Date().toISOString()} ${line}\n`);
    for (const waiter of [...waiters]) {
      if (waiter.pattern.test(line)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  const progress = (line: string) => {
    output(`[harness] ${line}`);
    options.progress?.(line);
  };
  const lineMatching = (pattern: RegExp, what: string, timeoutMs = 120_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${what} not ready within ${timeoutMs / 1000} s (see ${logFile})`)),
        timeoutMs,
      );
      waiters.push({
        pattern,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });

  const stoppers: (() => Promise<void>)[] = [];
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      const failures: unknown[] = [];
      for (const stopOne of stoppers.splice(0).reverse())
        await stopOne().catch((error) => failures.push(error));
      await new Promise<void>((resolve) => log.end(resolve));
      if (failures.length > 0)
        throw new AggregateError(failures, `stopping the system failed (see ${logFile})`);
    })();
    return stopped;
  };
  /** The dev server is a child of this process too: killed with the others if the harness dies. */
  const watchDevServer = (server: DevServer) => {
    running.add(server.process);
    server.process.once('exit', () => running.delete(server.process));
    return server;
  };

  try {
    // The build takes a while: it runs while the rest starts, and the API waits for it.
    const panelBuilt = options.panel ? ensurePanelBuilt(progress, output) : Promise.resolve();
    // Handled here too, so a failed build is reported once, where it is awaited, not as an unhandled rejection.
    panelBuilt.catch(() => undefined);
    let workflowBundlePath = options.workflowBundlePath;
    if (workflowBundlePath === undefined) {
      progress('bundling the workflows (as a production worker loads them)…');
      workflowBundlePath = join(options.dataDir, 'workflow-bundle.js');
      await writeWorkflowBundle(workflowBundlePath, new DefaultLogger('WARN'));
    }

    // Like `npm start`'s generated key, in this run's own folder: every part reads the same file.
    const keys = loadKeyRing({ env: {}, keyFile: join(options.dataDir, 'payload-keys') });
    progress(keyNotice(keys));
    const converter = dataConverter(keys.ring);

    findTemporalBinary('cli');
    const temporalPort = await freePort();
    const uiPort = await freePort();
    const apiPort = await freePort();
    const panelUrl = `http://127.0.0.1:${apiPort}`;
    const devServerOptions = {
      dbFilename: join(options.dataDir, 'temporal.sqlite'),
      port: temporalPort,
      uiPort,
      namespace,
      searchAttributes: allSearchAttributeKeys,
      logFile,
      codecEndpoint: `${panelUrl}/codec`,
    };
    let devServer: DevServer | undefined = watchDevServer(await startDevServer(devServerOptions));
    stoppers.push(async () => devServer?.stop());
    const temporalAddress = devServer.address;
    progress(`Temporal dev server on ${temporalAddress} (${devServerOptions.dbFilename})`);

    let databaseUrl: string;
    let recordProcess: Managed | undefined;
    if (options.databaseUrl) {
      const record = await prepareRecord({ databaseUrl: options.databaseUrl });
      databaseUrl = record.databaseUrl;
    } else {
      const recordPort = await freePort();
      const ready = lineMatching(/^\[record\] record ready/, 'the record');
      const record = runScript(
        'record',
        fileURLToPath(new URL('./serveRecord.ts', import.meta.url)),
        {
          RECORD_PORT: String(recordPort),
          RECORD_DATA_DIR: join(options.dataDir, 'pglite'),
          DATABASE_URL: '',
        },
        output,
      );
      recordProcess = record;
      stoppers.push(() => stopCleanly(record, logFile));
      await Promise.race([ready, exitOf(record, logFile)]);
      databaseUrl = `postgres://postgres@127.0.0.1:${recordPort}/postgres`;
    }
    progress(`record: ${databaseUrl}`);

    const people = await preparePeople(databaseUrl);
    stoppers.push(() => people.close());
    progress(`people: ${people.describe()}`);

    const connection = await Connection.connect({ address: temporalAddress });
    stoppers.push(() => connection.close());
    const client = new Client({ connection, namespace, dataConverter: converter });

    const mailSink = await startSystemMailSink(options.dataDir);
    stoppers.push(() => mailSink.close());
    progress(`mail sink on ${mailSink.url}`);

    const env = {
      TEMPORAL_ADDRESS: temporalAddress,
      TEMPORAL_NAMESPACE: namespace,
      DATABASE_URL: databaseUrl,
      WORKFLOW_BUNDLE_PATH: workflowBundlePath,
      API_PORT: String(apiPort),
      API_HOST: '127.0.0.1',
      LEERCYCLUS_PAYLOAD_KEY_FILE: keys.file!,
      // Empty counts as unset: keys in the harness's own environment do not reach this system.
      LEERCYCLUS_PAYLOAD_KEYS: '',
      // Each part stops on its own within the time stopProcess gives it before it kills.
      SHUTDOWN_GRACE_SECONDS: '8',
    };
    const workerEnv = { ...env, SMTP_URL: mailSink.url, ...options.workerEnv };

    let worker: Managed | undefined;
    const workerPid = () => {
      if (worker?.child.pid === undefined) throw new Error('the worker is not running');
      return worker.child.pid;
    };
    const startWorker = async () => {
      worker = runScript('worker', join(projectRoot, 'apps/worker/src/main.ts'), workerEnv, output);
      const pid = workerPid();
      // Pollers of a killed worker stay listed for a while: wait for this process's own poller.
      await Promise.race([
        exitOf(worker, logFile),
        waitFor('the worker', async () => {
          const queue = await client.workflowService.describeTaskQueue({
            namespace,
            taskQueue: { name: taskQueue },
            taskQueueType: 1,
          });
          return queue.pollers.some((poller) => poller.identity?.startsWith(`${pid}@`));
        }),
      ]);
    };
    stoppers.push(async () => {
      // A worker the drill killed and left down has nothing to stop.
      if (worker && worker.child.exitCode === null && worker.child.signalCode === null)
        await stopCleanly(worker, logFile);
    });
    await startWorker();
    progress(`worker running (pid ${workerPid()})`);

    await panelBuilt;
    const api = runScript(
      'api',
      join(projectRoot, 'apps/api/src/main.ts'),
      {
        ...env,
        PANEL_ROOT: options.panel ? panelDist : '',
        MAIL_SINK_DIR: mailSink.folder,
        AUTH: options.auth ?? 'local',
        TEMPORAL_UI_ORIGIN: devServer.uiUrl,
        // The harness drives the system from one address at a load no person makes (the bench's launches, the
        // drills' streams of commands): no rate limits. tests/api/security.test.ts tries them.
        RATE_LIMIT_SIGN_IN_PER_ADDRESS: '0',
        RATE_LIMIT_SIGN_IN_PER_PERSON: '0',
        RATE_LIMIT_WRITES_PER_ADDRESS: '0',
        RATE_LIMIT_WRITES_PER_PERSON: '0',
        ...options.apiEnv,
      },
      output,
    );
    stoppers.push(() => stopCleanly(api, logFile));
    const apiUrl = `${panelUrl}/trpc`;
    await Promise.race([waitFor('the API', () => httpAnswers(`${apiUrl}/health`)), exitOf(api, logFile)]);
    progress(`API on ${apiUrl}`);

    const clients = new Map<string, ApiClient>();
    const anonymous = apiClient(apiUrl);
    return {
      dataDir: options.dataDir,
      logFile,
      namespace,
      temporalAddress,
      temporalUiUrl: devServer.uiUrl,
      dataConverter: converter,
      apiUrl,
      panelUrl,
      as: (personId) => {
        if (personId === undefined) return anonymous;
        const client = clients.get(personId) ?? apiClient(apiUrl, { token: people.tokenOf(personId) });
        clients.set(personId, client);
        return client;
      },
      grant: (memberships) => people.grant(memberships),
      signInLink: (personId) => people.signInLink(personId, panelUrl),
      databaseUrl,
      mailSink,
      workflowBundlePath,
      client,
      workerPid,
      pids: () => {
        const pids: Record<string, number> = {};
        const add = (name: string, pid: number | undefined, alive: boolean) => {
          if (pid !== undefined && alive) pids[name] = pid;
        };
        const alive = (child: Managed['child'] | undefined) =>
          child !== undefined && child.exitCode === null && child.signalCode === null;
        add('dev server', devServer?.process.pid, alive(devServer?.process));
        add('record', recordProcess?.child.pid, alive(recordProcess?.child));
        add('worker', worker?.child.pid, alive(worker?.child));
        add('api', api.child.pid, alive(api.child));
        return pids;
      },
      workerEnv: options.workerEnv ?? {},
      killWorker: async (signal = 'SIGKILL') => {
        const child = worker?.child;
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill(signal);
        await exited;
      },
      startWorker,
      stopDevServer: async () => {
        await devServer?.stop();
        devServer = undefined;
      },
      startDevServer: async () => {
        devServer = watchDevServer(await startDevServer(devServerOptions));
      },
      stop,
    };
  } catch (error) {
    // The failure to start is the one to report; what did start is stopped as far as it can be.
    await stop().catch(() => undefined);
    throw error;
  }
}
