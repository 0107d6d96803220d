import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const start = fileURLToPath(new URL('./start.ts', import.meta.url));

/** Runs `npm start` with these settings, as far as it gets. */
function runStart(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', start],
      { env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (error.code as number | null) : 0, stdout, stderr }),
    );
  });
}

describe('npm start', () => {
  it('refuses development sign-in beyond this machine before it starts anything, naming the setting', async () => {
    const { code, stdout, stderr } = await runStart({
      AUTH: 'development',
      API_HOST: '0.0.0.0',
      NODE_ENV: '',
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/AUTH=development .* API_HOST=0\.0\.0\.0 listens beyond this machine/);
    expect(stdout).not.toMatch(/Temporal dev server|record:|building/i);
  });

  it('refuses production without a payload key before it starts anything, naming the settings', async () => {
    const { code, stdout, stderr } = await runStart({
      NODE_ENV: 'production',
      LEERCYCLUS_PAYLOAD_KEYS: '',
      LEERCYCLUS_PAYLOAD_KEY_FILE: '',
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /no key is set, but a key generated here will not do: NODE_ENV=production .* Set LEERCYCLUS_PAYLOAD_KEYS/,
    );
    expect(stdout).not.toMatch(/Temporal dev server|record:|building|generated a payload key/i);
  });
});
