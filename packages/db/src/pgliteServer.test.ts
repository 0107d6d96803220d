import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCycleEvents } from './cycleEvents/apply.js';
import { migrate } from './migrate.js';
import { openDatabase, type Database } from './openDatabase.js';
import { servePglite, type PgliteServer } from './pgliteServer.js';
import { listCycles } from './repositories/cycles.js';
import { upsertPartner } from './repositories/partners.js';
import { appliedEvents, auditLog } from './schema/index.js';
import { cycleEventsFor } from './testing/index.js';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('PGlite served to several processes (the embedded default of npm start)', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'leercyclus-pglite-')), 'pglite');
  let server: PgliteServer;
  let worker: Database;
  let api: Database;

  beforeAll(async () => {
    server = await servePglite({ port: await freePort(), dataDir });
    // Two pools stand for the worker and the API process, as each connects with node-postgres.
    worker = await openDatabase({ databaseUrl: server.url });
    api = await openDatabase({ databaseUrl: server.url });
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await server?.stop();
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  });

  it('lets each process migrate at start: the served record is already current', async () => {
    await Promise.all([migrate(worker), migrate(api)]);
    expect(await listCycles(api.db)).toEqual([]);
  });

  it('keeps transactions of different connections apart and writes each event once', async () => {
    const events = cycleEventsFor('gedeeld', 1);
    const batch = [
      events.cycle(),
      events.heldSession('2026-01-08', 'West', { organisations: ['Jeugdhulp Noord'] }),
      events.question({ number: 1, text: 'Hoe werken we samen?' }),
    ];
    const partners = Array.from({ length: 10 }, (_, i) =>
      upsertPartner(
        api.db,
        { userId: 'bram.coordinator' },
        { name: `Partner ${i}`, kind: 'other', ring: 'outer' },
      ),
    );
    const [applied] = await Promise.all([
      Promise.all([
        applyCycleEvents(worker.db, batch),
        applyCycleEvents(worker.db, batch),
        applyCycleEvents(api.db, batch),
      ]),
      Promise.all(partners),
    ]);
    expect(applied.reduce((sum, n) => sum + n, 0)).toBe(3);
    expect(await api.db.$count(appliedEvents)).toBe(3);
    expect(await api.db.$count(auditLog)).toBe(3 + 10);
    expect((await listCycles(api.db)).map((cycle) => cycle.workflowId)).toEqual([events.cycleId]);
  });

  it('answers every connection its own statement while others run statements and transactions at once', async () => {
    // Each query is Parse/Bind/Execute/Sync on the unnamed statement: interleaved, one connection's Bind would run
    // another's statement. Under this load the library's own queue hung.
    const asked = Array.from({ length: 400 }, (_, i) => i);
    const answers = await Promise.all(
      asked.map(async (i) => {
        const database = i % 2 === 0 ? worker : api;
        if (database.driver !== 'node-postgres') throw new Error('expected node-postgres clients');
        if (i % 5 !== 0) {
          const { rows } = await database.pool.query<{ answer: string }>(
            'select $1::text as answer, $2::int as extra',
            [`tekst ${i}`, i],
          );
          return rows[0]?.answer;
        }
        const client = await database.pool.connect();
        try {
          await client.query('BEGIN');
          const { rows } = await client.query<{ answer: string }>('select ($1::int * 2)::text as answer', [
            i,
          ]);
          await client.query('select pg_sleep(0.001)');
          await client.query('COMMIT');
          return rows[0]?.answer;
        } finally {
          client.release();
        }
      }),
    );
    expect(answers).toEqual(asked.map((i) => (i % 5 === 0 ? String(i * 2) : `tekst ${i}`)));
  });

  it('refuses a second process on the same data folder, saying what to do instead', async () => {
    await expect(openDatabase({ dataDir })).rejects.toThrow(/open in process \d+.*npm start.*DATABASE_URL/s);
  });
});
