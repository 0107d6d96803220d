import { afterAll, beforeAll, describe } from 'vitest';
import { backends, openTestDatabase, type Backend, type TestDatabase } from './testDatabase.js';

/**
 * Runs a suite once on PGlite and once on the Postgres server, each with its own fresh database for the file.
 * `current()` is the open database inside the suite's tests.
 */
export function eachBackend(
  name: string,
  suite: (current: () => TestDatabase, backend: Backend) => void,
): void {
  describe.each(backends)(`${name} (%s)`, (backend) => {
    let opened: TestDatabase | undefined;
    beforeAll(async () => {
      opened = await openTestDatabase(backend);
    });
    afterAll(async () => {
      await opened?.drop();
    });
    suite(() => {
      if (!opened) throw new Error(`the ${backend} test database did not open`);
      return opened;
    }, backend);
  });
}
