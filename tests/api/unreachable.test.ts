import { createServer } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@leercyclus/db';
import { failureOf, startApi, type RunningApi } from '../support/api.js';

const leader = 'anna.projectleider';

/** A local port nothing listens on: connecting to it is refused at once. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('the API when the record or Temporal is away', () => {
  let record: Database;
  let connection: Connection;
  let api: RunningApi;

  beforeAll(async () => {
    record = await openDatabase({
      databaseUrl: `postgres://postgres@127.0.0.1:${await closedPort()}/leercyclus`,
    });
    connection = Connection.lazy({ address: `127.0.0.1:${await closedPort()}`, connectTimeout: '2s' });
    api = await startApi(new Client({ connection }), record.db);
  });

  afterAll(async () => {
    await api?.server.close();
    await connection?.close();
    await record?.close();
  });

  it('says the record cannot be reached, as SERVICE_UNAVAILABLE rather than an internal error', async () => {
    const failure = await failureOf(api.as(leader).cycles.list.query());
    expect(failure.data?.code).toBe('SERVICE_UNAVAILABLE');
    expect(failure.message).toBe('The record (database) cannot be reached right now; try again in a minute.');
  });

  it('says Temporal cannot be reached, as SERVICE_UNAVAILABLE rather than an internal error', async () => {
    const failure = await failureOf(api.as(leader).cycles.get.query({ programmeId: 'proeftuin', number: 1 }));
    expect(failure.data?.code).toBe('SERVICE_UNAVAILABLE');
    expect(failure.message).toBe(
      'The workflow engine (Temporal) cannot be reached right now; try again in a minute.',
    );
  });
});
