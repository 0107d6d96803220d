/**
 * `npm run people -- <command>`: people, memberships, passwords, tokens and sign-in links from the command line.
 * It opens the record as the API does (DATABASE_URL, else PGlite in .data/pglite); while `npm start` holds that
 * folder, it goes through the socket on which `npm start` serves it.
 */
import { defaultPorts, portFromEnv } from '@leercyclus/config';
import { DataDirInUseError, migrate, openDatabase, RecordError, type Database } from '@leercyclus/db';
import { runPeopleCommand, UsageError } from './commands.js';
import { readPassword } from './passwordInput.js';

/** The record cannot be opened: said in one line, not a stack trace. */
class Unreachable extends Error {}

async function openRecord(): Promise<Database> {
  try {
    return await openDatabase();
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    const port = portFromEnv('PGLITE_PORT', defaultPorts.pglite);
    const served = await openDatabase({ databaseUrl: `postgres://postgres@127.0.0.1:${port}/postgres` });
    try {
      if (served.driver === 'node-postgres') await served.pool.query('select 1');
      return served;
    } catch (reason) {
      await served.close();
      throw new Unreachable(
        `${error.message} It does not answer on 127.0.0.1:${port} (PGLITE_PORT) either: ${(reason as Error).message}`,
      );
    }
  }
}

const publicUrl = process.env.PUBLIC_URL || `http://127.0.0.1:${portFromEnv('API_PORT', defaultPorts.api)}`;
let database: Database | undefined;
try {
  database = await openRecord();
  await migrate(database);
  await runPeopleCommand(database.db, process.argv.slice(2), {
    out: (line) => console.log(line),
    readPassword,
    publicUrl,
  });
} catch (error) {
  if (!(error instanceof UsageError || error instanceof RecordError || error instanceof Unreachable))
    throw error;
  console.error(`people: ${error.message}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
} finally {
  await database?.close();
}
