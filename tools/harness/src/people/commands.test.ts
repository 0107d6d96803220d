import { expect, it } from 'vitest';
import {
  findPerson,
  listApiTokens,
  resolveApiToken,
  signedInAs,
  useSignInLink,
  verifyPassword,
} from '@leercyclus/db';
import { eachBackend } from '@leercyclus/db/testing';
import { runPeopleCommand, UsageError, type PeopleIo } from './commands.js';

/** The commands' output, and a password typed at the prompt. */
function terminal(password = 'a long enough password') {
  const lines: string[] = [];
  const io: PeopleIo = {
    out: (line) => lines.push(line),
    readPassword: () => Promise.resolve(password),
    publicUrl: 'https://leercyclus.example.org/',
  };
  return { io, lines };
}

eachBackend('npm run people', (current) => {
  it('adds an administrator with a password who can then sign in', async () => {
    const { db } = current();
    const { io, lines } = terminal('het wachtwoord van Frank');
    await runPeopleCommand(
      db,
      [
        'add',
        'Frank@Gemeente.nl',
        '--name',
        'Frank de Boer',
        '--organisation',
        'Gemeente',
        '--id',
        'frank.beheer',
        '--admin',
        '--password',
      ],
      io,
    );
    expect(lines).toEqual(['added Frank de Boer <frank@gemeente.nl> as frank.beheer, administrator']);
    expect(await verifyPassword(db, 'frank@gemeente.nl', 'het wachtwoord van Frank', new Date())).toEqual({
      ok: true,
      personId: 'frank.beheer',
    });
    expect((await signedInAs(db, 'frank.beheer', 'session'))?.memberships).toEqual([
      { scope: 'installation', scopeId: 'installation', role: 'administrator' },
    ]);
  });

  it('adds no one when the password is refused, and names what is wrong', async () => {
    const { db } = current();
    await expect(
      runPeopleCommand(
        db,
        [
          'add',
          'gerrit@example.org',
          '--name',
          'Gerrit',
          '--organisation',
          'Gemeente',
          '--id',
          'gerrit',
          '--password',
        ],
        terminal('kort').io,
      ),
    ).rejects.toMatchObject({ kind: 'invalid', field: 'password' });
    expect(await findPerson(db, 'gerrit')).toBeNull();
    await expect(
      runPeopleCommand(
        db,
        ['add', 'geen-adres', '--name', 'Gerrit', '--organisation', 'Gemeente'],
        terminal().io,
      ),
    ).rejects.toMatchObject({ kind: 'invalid', field: 'email' });
    await expect(
      runPeopleCommand(db, ['add', 'gerrit@example.org', '--name', 'Gerrit'], terminal().io),
    ).rejects.toEqual(new UsageError('missing --organisation'));
    await expect(
      runPeopleCommand(db, ['grant', 'frank@gemeente.nl', 'programme'], terminal().io),
    ).rejects.toEqual(new UsageError('missing scope id'));
    await expect(runPeopleCommand(db, ['verwijder'], terminal().io)).rejects.toThrow(
      /unknown command "verwijder"/,
    );
    await expect(runPeopleCommand(db, ['list', '--force'], terminal().io)).rejects.toThrow(/--force/);
  });

  it('grants and revokes roles and lists everyone with what they hold', async () => {
    const { db } = current();
    await runPeopleCommand(
      db,
      [
        'add',
        'bram@jeugdhulp.nl',
        '--name',
        'Bram Jansen',
        '--organisation',
        'Jeugdhulp Noord',
        '--id',
        'bram',
      ],
      terminal().io,
    );
    const { io, lines } = terminal();
    await runPeopleCommand(db, ['grant', 'bram@jeugdhulp.nl', 'programme', 'proeftuin', 'coordinator'], io);
    await runPeopleCommand(db, ['grant', 'bram@jeugdhulp.nl', 'table', 'mt-jeugd', 'chair'], io);
    await runPeopleCommand(db, ['revoke', 'bram@jeugdhulp.nl', 'table', 'mt-jeugd', 'chair'], io);
    await runPeopleCommand(db, ['list'], io);
    expect(lines).toEqual([
      'Bram Jansen is coordinator of programme proeftuin',
      'Bram Jansen is chair of table mt-jeugd',
      'Bram Jansen is no longer chair of table mt-jeugd',
      'bram  Bram Jansen  <bram@jeugdhulp.nl>  Jeugdhulp Noord  — coordinator of programme proeftuin',
      'frank.beheer  Frank de Boer  <frank@gemeente.nl>  Gemeente  — administrator',
    ]);
    await expect(
      runPeopleCommand(db, ['grant', 'bram@jeugdhulp.nl', 'programme', 'proeftuin', 'chair'], io),
    ).rejects.toMatchObject({ kind: 'invalid', field: 'role' });
    await expect(
      runPeopleCommand(db, ['grant', 'niemand@example.org', 'programme', 'proeftuin', 'monitor'], io),
    ).rejects.toThrow(/no one has the e-mail address niemand@example.org/);
  });

  it('prints a token once, and a one-time sign-in link on the panel’s address', async () => {
    const { db } = current();
    const { io, lines } = terminal();
    await runPeopleCommand(db, ['token', 'bram@jeugdhulp.nl', '--days', '30', '--name', 'bench'], io);
    const token = lines[1]!;
    expect(await resolveApiToken(db, token, new Date())).toMatchObject({
      person: { id: 'bram' },
      via: 'token',
    });
    expect(await listApiTokens(db, 'bram')).toMatchObject([{ name: 'bench' }]);
    await expect(runPeopleCommand(db, ['token', 'bram@jeugdhulp.nl'], io)).rejects.toEqual(
      new UsageError('missing --days'),
    );
    await expect(runPeopleCommand(db, ['token', 'bram@jeugdhulp.nl', '--days', 'veel'], io)).rejects.toEqual(
      new UsageError('--days must be a whole number, got "veel"'),
    );

    await runPeopleCommand(db, ['link', 'bram@jeugdhulp.nl', '--minutes', '10'], io);
    const link = lines.at(-1)!;
    expect(link).toMatch(/^https:\/\/leercyclus\.example\.org\/auth\/link\/[A-Za-z0-9_-]{43}$/);
    expect(await useSignInLink(db, link.split('/').at(-1)!, new Date())).toBe('bram');
  });

  it('resets a password and deactivates a person, who then signs in no more', async () => {
    const { db } = current();
    const { io, lines } = terminal('een nieuw wachtwoord');
    await runPeopleCommand(db, ['password', 'bram@jeugdhulp.nl'], io);
    expect(await verifyPassword(db, 'bram@jeugdhulp.nl', 'een nieuw wachtwoord', new Date())).toMatchObject({
      ok: true,
    });
    await runPeopleCommand(db, ['deactivate', 'bram@jeugdhulp.nl'], io);
    expect(await signedInAs(db, 'bram', 'session')).toBeNull();
    await runPeopleCommand(db, ['list'], io);
    expect(lines).toContain(
      'bram  Bram Jansen  <bram@jeugdhulp.nl>  Jeugdhulp Noord  (inactive)  — coordinator of programme proeftuin',
    );
    await expect(runPeopleCommand(db, ['deactivate', 'frank@gemeente.nl'], io)).rejects.toThrow(
      /last active administrator/,
    );
  });
});
