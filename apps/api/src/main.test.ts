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

  it('refuses production without a payload key, and a malformed key, naming the variables', async () => {
    const production = await startApi({
      NODE_ENV: 'production',
      LEERCYCLUS_PAYLOAD_KEYS: '',
      LEERCYCLUS_PAYLOAD_KEY_FILE: '',
    });
    expect(production.code).toBe(1);
    expect(production.stderr).toMatch(
      /^The API does not start: Temporal payloads are encrypted and no key is set, but a key generated here will not do: NODE_ENV=production .* Set LEERCYCLUS_PAYLOAD_KEYS/m,
    );
    const malformed = await startApi({
      LEERCYCLUS_PAYLOAD_KEYS: 'sleutel:te-kort',
      LEERCYCLUS_PAYLOAD_KEY_FILE: '',
    });
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(
      /^The API does not start: LEERCYCLUS_PAYLOAD_KEYS, key 1 \("sleutel"\): the key must be 32 bytes/m,
    );
  });
});
