import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface Managed {
  name: string;
  child: ChildProcess;
}

/**
 * Runs a child process whose output lines are prefixed with its name, on the console unless `output` takes them
 * (a log file, a check for a readiness line).
 */
export function runPrefixed(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = process.cwd(),
  output: (line: string) => void = (line) => console.log(line),
): Managed {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => output(`[${name}] ${line}`));
  }
  return { name, child };
}

export function stopProcess({ child }: Managed, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Polls until `check` resolves true, or fails after `timeoutMs` naming what it waited for. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${what} did not answer within ${Math.round(timeoutMs / 1000)} s`);
}

export async function httpAnswers(url: string): Promise<boolean> {
  const response = await fetch(url);
  return response.ok;
}
