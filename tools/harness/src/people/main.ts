/**
 * `npm run people -- <command>`: people, memberships, passwords, tokens and sign-in links from the command line.
 * It opens the record as the API does (DATABASE_URL, else PGlite in .data/pglite); while `npm start` holds that
 * folder, it goes through the socket on which `npm start` serves it.
 */
import { databaseSettings, defaultPorts, portFromEnv } from '@leercyclus/config';
import { migrateAsOwner, RecordError, type Database } from '@leercyclus/db';
import { openRecord, Unreachable } from '../openRecord.js';
import { runPeopleCommand, UsageError } from './commands.js';
import { readPassword } from './passwordInput.js';

const publicUrl = process.env.PUBLIC_URL || `http://127.0.0.1:${portFromEnv('API_PORT', defaultPorts.api)}`;
let database: Database | undefined;
try {
  database = await openRecord();
  await migrateAsOwner(database, databaseSettings());
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
