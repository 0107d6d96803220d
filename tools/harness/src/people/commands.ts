import { parseArgs } from 'node:util';
import {
  createApiToken,
  createPerson,
  createSignInLink,
  findPersonByEmail,
  grantMembership,
  listPeople,
  membershipsOf,
  revokeMembership,
  setPassword,
  updatePerson,
  type Db,
} from '@leercyclus/db';
import type { Membership, Person } from '@leercyclus/domain';

/** What the commands need from outside the record: where to write, how to ask for a password, the panel's address. */
export interface PeopleIo {
  out(line: string): void;
  /** Asks for a password without echoing it (or reads it from a pipe); never from the command line. */
  readPassword(): Promise<string>;
  /** The panel's address, for sign-in links. */
  publicUrl: string;
}

/** A command line the CLI cannot run: the message names the argument at fault. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const usage = `npm run people -- <command>

  add <e-mail> --name "…" --organisation "…" [--id anna.devries] [--admin] [--password]
  list
  grant <e-mail> <scope> <scope id> <role>     scope: programme, table, group or installation
  revoke <e-mail> <scope> <scope id> <role>
  password <e-mail>                            sets a new password (asked for, or read from stdin)
  token <e-mail> --days N [--name "…"]         prints a personal API token, once
  link <e-mail> [--minutes 30]                 prints a one-time sign-in link
  deactivate <e-mail>
  activate <e-mail>

Examples:
  npm run people -- add anna@gemeente.nl --name "Anna de Vries" --organisation Gemeente --admin
  npm run people -- grant bram@jeugdhulp.nl programme proeftuin coordinator
  npm run people -- grant frank@gemeente.nl installation installation administrator
  npm run people -- grant fg@gemeente.nl installation installation dataProtectionOfficer`;

/** Changes made from the command line are audited as this actor. */
const actor = { userId: 'cli' };

function positionals(args: string[], names: string[]): string[] {
  if (args.length < names.length) throw new UsageError(`missing ${names[args.length]}`);
  if (args.length > names.length) throw new UsageError(`unexpected argument "${args[names.length]}"`);
  return args;
}

function wholeNumber(name: string, raw: string | undefined, fallback?: number): number {
  if (raw === undefined) {
    if (fallback === undefined) throw new UsageError(`missing --${name}`);
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new UsageError(`--${name} must be a whole number, got "${raw}"`);
  return value;
}

async function personWithEmail(db: Db, email: string): Promise<Person> {
  const person = await findPersonByEmail(db, email);
  if (!person)
    throw new UsageError(`no one has the e-mail address ${email} (see \`npm run people -- list\`)`);
  return person;
}

function membershipFrom([scope, scopeId, role]: string[]): Membership {
  // The record checks the combination and names the field at fault.
  return { scope, scopeId, role } as Membership;
}

function describe(membership: Membership): string {
  return membership.scope === 'installation'
    ? membership.role
    : `${membership.role} of ${membership.scope} ${membership.scopeId}`;
}

async function readNewPassword(io: PeopleIo): Promise<string> {
  const password = await io.readPassword();
  if (password === '') throw new UsageError('no password given');
  return password;
}

/** Runs one command of `npm run people`. */
export async function runPeopleCommand(db: Db, argv: string[], io: PeopleIo): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        organisation: { type: 'string' },
        id: { type: 'string' },
        admin: { type: 'boolean' },
        password: { type: 'boolean' },
        days: { type: 'string' },
        minutes: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const {
    values: options,
    positionals: [command, ...args],
  } = parsed;
  if (command === undefined || command === 'help' || options.help) {
    io.out(usage);
    return;
  }
  switch (command) {
    case 'add': {
      const [email] = positionals(args, ['e-mail address']);
      if (options.name === undefined) throw new UsageError('missing --name');
      if (options.organisation === undefined) throw new UsageError('missing --organisation');
      const password = options.password ? await readNewPassword(io) : undefined;
      // One transaction: a refused password or role leaves no half-added person behind.
      const person = await db.transaction(async (tx) => {
        const added = await createPerson(tx, actor, {
          ...(options.id !== undefined ? { id: options.id } : {}),
          name: options.name!,
          email: email!,
          organisation: options.organisation!,
        });
        if (options.admin) {
          await grantMembership(tx, actor, added.id, {
            scope: 'installation',
            scopeId: 'installation',
            role: 'administrator',
          });
        }
        if (password !== undefined) await setPassword(tx, actor, added.id, password);
        return added;
      });
      io.out(
        `added ${person.name} <${person.email}> as ${person.id}${options.admin ? ', administrator' : ''}`,
      );
      if (password === undefined) {
        io.out(
          `to sign in: a password (npm run people -- password ${person.email}) or a link (… link ${person.email})`,
        );
      }
      return;
    }
    case 'list': {
      positionals(args, []);
      const people = await listPeople(db);
      if (people.length === 0) io.out('no one yet: npm run people -- add <e-mail> --name … --organisation …');
      for (const person of people) {
        const roles = (await membershipsOf(db, person.id)).map(describe);
        io.out(
          [
            person.id,
            person.name,
            `<${person.email}>`,
            person.organisation,
            person.active ? '' : '(inactive)',
            roles.length > 0 ? `— ${roles.join(', ')}` : '',
          ]
            .filter(Boolean)
            .join('  '),
        );
      }
      return;
    }
    case 'grant':
    case 'revoke': {
      const [email, ...rest] = positionals(args, ['e-mail address', 'scope', 'scope id', 'role']);
      const person = await personWithEmail(db, email!);
      const membership = membershipFrom(rest);
      if (command === 'grant') {
        await grantMembership(db, actor, person.id, membership);
        io.out(`${person.name} is ${describe(membership)}`);
      } else {
        await revokeMembership(db, actor, person.id, membership);
        io.out(`${person.name} is no longer ${describe(membership)}`);
      }
      return;
    }
    case 'password': {
      const [email] = positionals(args, ['e-mail address']);
      const person = await personWithEmail(db, email!);
      await setPassword(db, actor, person.id, await readNewPassword(io));
      io.out(`new password set for ${person.name}`);
      return;
    }
    case 'token': {
      const [email] = positionals(args, ['e-mail address']);
      const person = await personWithEmail(db, email!);
      const days = wholeNumber('days', options.days);
      const { id, token } = await createApiToken(db, actor, person.id, {
        name: options.name ?? 'command line',
        days,
      });
      io.out(
        `token ${id} for ${person.name}, valid ${days} days (shown this once; send it as Authorization: Bearer …):`,
      );
      io.out(token);
      return;
    }
    case 'link': {
      const [email] = positionals(args, ['e-mail address']);
      const person = await personWithEmail(db, email!);
      const minutes = wholeNumber('minutes', options.minutes, 30);
      const token = await createSignInLink(db, actor, person.id, minutes);
      io.out(`one-time sign-in link for ${person.name}, valid ${minutes} minutes:`);
      io.out(`${io.publicUrl.replace(/\/+$/, '')}/auth/link/${token}`);
      return;
    }
    case 'deactivate':
    case 'activate': {
      const [email] = positionals(args, ['e-mail address']);
      const person = await personWithEmail(db, email!);
      await updatePerson(db, actor, person.id, { active: command === 'activate' });
      io.out(`${person.name} is ${command === 'activate' ? 'active' : 'inactive'}`);
      return;
    }
    default:
      throw new UsageError(`unknown command "${command}"\n\n${usage}`);
  }
}
