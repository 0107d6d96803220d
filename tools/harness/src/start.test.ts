import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const start = fileURLToPath(new URL('./start.ts', import.meta.url));

describe('npm start', () => {
  it('refuses development sign-in beyond this machine before it starts anything, naming the setting', async () => {
    const { code, stdout, stderr } = await new Promise<{
      code: number | null;
      stdout: string;
      stderr: string;
    }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', start],
        { env: { ...process.env, AUTH: 'development', API_HOST: '0.0.0.0', NODE_ENV: '' }, timeout: 60_000 },
        (error, stdout, stderr) =>
          resolve({ code: error ? (error.code as number | null) : 0, stdout, stderr }),
      );
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/AUTH=development .* API_HOST=0\.0\.0\.0 listens beyond this machine/);
    expect(stdout).not.toMatch(/Temporal dev server|record:|building/i);
  });
});
