import { defaultPorts, portFromEnv } from '@leercyclus/config';
import { DataDirInUseError, openDatabase, type Database } from '@leercyclus/db';

/** The record cannot be opened: said in one line, not a stack trace. */
export class Unreachable extends Error {}

/**
 * The record a command-line tool works on, as the API opens it (DATABASE_URL, else PGlite in .data/pglite); while
 * `npm start` holds that folder, through the socket on which `npm start` serves it.
 */
export async function openRecord(): Promise<Database> {
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
