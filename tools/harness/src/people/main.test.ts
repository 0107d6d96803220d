import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '@leercyclus/toolchain';
import { verifyPassword } from '@leercyclus/db';
import { openTestDatabase, type TestDatabase } from '@leercyclus/db/testing';

/** `npm run people -- …` as a shell runs it, with stdin piped. */
function people(databaseUrl: string, args: string[], stdin = '') {
  const child = spawn(
    join(projectRoot, 'node_modules', '.bin', 'tsx'),
    [join(projectRoot, 'scripts', 'people.ts'), ...args],
    {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, PUBLIC_URL: 'http://leercyclus.test' },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  child.stdin.end(stdin);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('close', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('npm run people, as a command', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase('postgres');
  });
  afterAll(async () => {
    await test.drop();
  });

  it('reads the password from stdin, and answers a wrong command line on stderr with its exit code', async () => {
    const url = test.databaseUrl!;
    const added = await people(
      url,
      [
        'add',
        'anna@gemeente.nl',
        '--name',
        'Anna de Vries',
        '--organisation',
        'Gemeente',
        '--admin',
        '--password',
      ],
      'een lang wachtwoord\n',
    );
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(added.stdout).toMatch(
      /^added Anna de Vries <anna@gemeente.nl> as p-[a-z2-7]{12}, administrator\n$/,
    );
    expect(
      await verifyPassword(test.db, 'anna@gemeente.nl', 'een lang wachtwoord', new Date()),
    ).toMatchObject({
      ok: true,
    });

    expect(
      await people(url, ['add', 'anna@gemeente.nl', '--name', 'Anna', '--organisation', 'Gemeente']),
    ).toEqual({
      code: 1,
      stdout: '',
      stderr: 'people: Someone already has the e-mail address anna@gemeente.nl.\n',
    });
    expect(await people(url, ['link'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'people: missing e-mail address\n',
    });
  });
});
