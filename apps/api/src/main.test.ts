import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));

/** Runs the API's entry point as `npm start -w @leercyclus/api` would, with these settings; its exit and stderr. */
function startApi(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', main],
      // A closed port: were the settings let through, connecting to Temporal would fail, not hang.
      { env: { ...process.env, TEMPORAL_ADDRESS: '127.0.0.1:1', ...env }, timeout: 60_000 },
      (error, _stdout, stderr) => resolve({ code: error ? (error.code as number | null) : 0, stderr }),
    );
  });
}

describe('the API process at start', () => {
  it('refuses development sign-in listening beyond loopback, naming API_HOST', async () => {
    const { code, stderr } = await startApi({ AUTH: 'development', API_HOST: '0.0.0.0', NODE_ENV: '' });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^The API does not start: AUTH=development .* API_HOST=0\.0\.0\.0 listens beyond/m,
    );
  });

  it('refuses development sign-in with NODE_ENV=production', async () => {
    const { code, stderr } = await startApi({
      AUTH: 'development',
      API_HOST: '127.0.0.1',
      NODE_ENV: 'production',
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^The API does not start: AUTH=development .* NODE_ENV=production/m);
  });

  it('refuses an unknown AUTH, naming it', async () => {
    const { code, stderr } = await startApi({ AUTH: 'everyone' });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^The API does not start: AUTH must be oidc, local or development, got "everyone"/m,
    );
  });
});
