import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { Connection } from '@temporalio/client';
import type { AttributeKey } from './attributeKey.js';
import { findTemporalBinary } from './temporalBinaries.js';
import { searchAttributeFlags } from './searchAttributeFlags.js';

export interface DevServerOptions {
  /** SQLite file that keeps workflows across restarts. */
  dbFilename: string;
  port: number;
  uiPort: number;
  namespace: string;
  searchAttributes: readonly AttributeKey[];
  /** How long to wait for the server to answer, in ms. */
  readyTimeout?: number;
  /** Appends the server's output to this file instead of this process's console. */
  logFile?: string;
  /**
   * How long the namespace keeps closed workflows, in ms. The dev server's own default is a day; set it
   * explicitly so nothing depends on a closed workflow being there longer or shorter than intended.
   */
  retentionMs?: number;
  /** The codec server its web UI asks to decrypt payloads (the API's `/codec`): `--ui-codec-endpoint`. */
  codecEndpoint?: string;
}

export interface DevServer {
  address: string;
  uiUrl: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

async function waitUntilAnswering(address: string, child: ChildProcess, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`temporal server start-dev exited with code ${child.exitCode}`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await connection.workflowService.getSystemInfo({});
        return;
      } finally {
        await connection.close();
      }
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(
    `Temporal dev server at ${address} did not answer within ${timeout} ms: ${String(lastError)}`,
  );
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** `start-dev` has no retention flag: the namespace is updated once the server answers. */
async function setRetention(cli: string, address: string, namespace: string, ms: number): Promise<void> {
  const hours = Math.ceil(ms / 3_600_000);
  const args = ['operator', 'namespace', 'update', '--address', address, '--namespace', namespace];
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const update = spawn(cli, [...args, '--retention', `${hours}h`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    update.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    update.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    update.once('error', reject);
    update.once('exit', (exitCode) => resolve({ code: exitCode, output }));
  });
  if (code !== 0) throw new Error(`could not set the retention of namespace ${namespace}: ${output.trim()}`);
}

/** Starts `temporal server start-dev` on a SQLite file, with our search attributes and its web UI. */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const cli = findTemporalBinary('cli');
  mkdirSync(dirname(options.dbFilename), { recursive: true });
  const args = [
    'server',
    'start-dev',
    '--db-filename',
    options.dbFilename,
    '--ip',
    '127.0.0.1',
    '--port',
    String(options.port),
    '--ui-port',
    String(options.uiPort),
    '--namespace',
    options.namespace,
    '--log-level',
    'warn',
    ...searchAttributeFlags(options.searchAttributes),
    ...(options.codecEndpoint !== undefined ? ['--ui-codec-endpoint', options.codecEndpoint] : []),
  ];
  const log = options.logFile !== undefined ? openSync(options.logFile, 'a') : undefined;
  const child = spawn(cli.path, args, {
    stdio: ['ignore', log ?? 'inherit', log ?? 'inherit'],
  });
  if (log !== undefined) closeSync(log);
  const address = `127.0.0.1:${options.port}`;
  try {
    await waitUntilAnswering(address, child, options.readyTimeout ?? 60_000);
    if (options.retentionMs !== undefined) {
      await setRetention(cli.path, address, options.namespace, options.retentionMs);
    }
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return {
    address,
    uiUrl: `http://127.0.0.1:${options.uiPort}`,
    process: child,
    stop: () => stopChild(child),
  };
}
