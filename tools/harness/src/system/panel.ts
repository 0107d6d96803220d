import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@leercyclus/toolchain';
import { runPrefixed } from './processes.js';

export const webRoot = join(projectRoot, 'apps', 'web');
/** Where `vite build` puts the control panel, and where the API serves it from. */
export const panelDist = join(webRoot, 'dist');

/** What the panel's bundle is made of: its own sources and the shared domain code it imports. */
const sources = [
  join(webRoot, 'src'),
  join(webRoot, 'index.html'),
  join(webRoot, 'vite.config.ts'),
  join(webRoot, 'package.json'),
  join(projectRoot, 'packages', 'domain', 'src'),
];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), 0);
}

/** Why the panel needs building, or null when its build is newer than every source. */
export function panelBuildReason(): string | null {
  const index = join(panelDist, 'index.html');
  if (!existsSync(index)) return 'no build yet';
  return newestChange(index) < Math.max(...sources.map(newestChange)) ? 'sources changed' : null;
}

/**
 * `vite build` into apps/web/dist, its output prefixed `[web]` (on the console unless `output` takes it);
 * rejects when the build fails.
 */
export function buildPanel(output?: (line: string) => void): Promise<void> {
  const vite = join(projectRoot, 'node_modules', '.bin', 'vite');
  const { child } = runPrefixed(
    'web',
    vite,
    ['build', '--logLevel', 'warn'],
    { NODE_ENV: 'production' },
    webRoot,
    output,
  );
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`building the control panel failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

/** Builds the panel when its build is missing or older than its sources, saying so; at once otherwise. */
export async function ensurePanelBuilt(
  progress: (line: string) => void,
  output?: (line: string) => void,
): Promise<void> {
  const reason = panelBuildReason();
  if (reason === null) return;
  const started = Date.now();
  progress(`building the control panel into apps/web/dist (${reason})…`);
  await buildPanel(output);
  progress(`control panel built in ${Math.round((Date.now() - started) / 1000)} s`);
}
