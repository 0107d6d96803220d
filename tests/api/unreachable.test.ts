import { createServer } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@leercyclus/db';
import { failureOf, startApi, type RunningApi } from '../support/api.js';
import { grantParts, people } from '../support/people.js';
import { testRecord, type TestRecord } from '../support/record.js';

const { leader } = people;

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
  let away: Database;
  let record: TestRecord;
  let connection: Connection;
  /** Neither the record nor Temporal answers it. */
  let alone: RunningApi;
  /** Its record answers (who signs in, what they hold), Temporal does not. */
  let withRecord: RunningApi;

  beforeAll(async () => {
    away = await openDatabase({
      databaseUrl: `postgres://postgres@127.0.0.1:${await closedPort()}/leercyclus`,
    });
    connection = Connection.lazy({ address: `127.0.0.1:${await closedPort()}`, connectTimeout: '2s' });
    alone = await startApi(new Client({ connection }), away.db, { seedPeople: false });
    record = await testRecord();
    withRecord = await startApi(new Client({ connection }), record.db);
    await grantParts(record.db, { programmes: ['proeftuin'] });
  });

  afterAll(async () => {
    await alone?.server.close();
    await withRecord?.server.close();
    await connection?.close();
    await away?.close();
    await record?.close();
  });

  it('says the record cannot be reached, as SERVICE_UNAVAILABLE rather than an internal error', async () => {
    const failure = await failureOf(alone.as(leader).cycles.list.query());
    expect(failure.data?.code).toBe('SERVICE_UNAVAILABLE');
    expect(failure.message).toBe('The record (database) cannot be reached right now; try again in a minute.');
  });

  it('says Temporal cannot be reached, as SERVICE_UNAVAILABLE rather than an internal error', async () => {
    const failure = await failureOf(
      withRecord.as(leader).cycles.get.query({ programmeId: 'proeftuin', number: 1 }),
    );
    expect(failure.data?.code).toBe('SERVICE_UNAVAILABLE');
    expect(failure.message).toBe(
      'The workflow engine (Temporal) cannot be reached right now; try again in a minute.',
    );
  });
});
