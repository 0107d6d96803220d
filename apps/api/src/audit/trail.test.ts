import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openDatabase,
  servePglite,
  tables,
  verifyAuditChain,
  type Database,
  type PgliteServer,
} from '@leercyclus/db';
import { unreachablePart } from '../unreachable.js';
import { auditAs, recordCall } from './trail.js';

/** A local port nothing listens on yet. */
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

const origin = { address: '192.0.2.1', session: 'token:00112233aabbccdd', userAgent: 'script' };
const actor = { userId: 'chris.monitor', onBehalfOf: 'monitor@programme:proeftuin', origin };
const cycle = { programmeId: 'proeftuin', number: 3 };
const recordId = ({ input }: { input: typeof cycle }) => `cycle/${input.programmeId}/${input.number}`;
const { audit: command } = auditAs<typeof cycle>('change', 'cycle', { recordId });
const { audit: read } = auditAs<typeof cycle>('read', 'cycle', { recordId });
const done = { ok: true as const, data: {} };

describe('a call’s entry while the record is away', () => {
  let port: number;
  let record: Database;
  let served: PgliteServer | undefined;

  beforeAll(async () => {
    port = await closedPort();
    record = await openDatabase({ databaseUrl: `postgres://postgres@127.0.0.1:${port}/postgres` });
  });
  afterAll(async () => {
    await record?.close();
    await served?.stop();
  });

  it('answers a change Temporal took, its entry held; refuses to answer a read it cannot note', async () => {
    await recordCall(record.db, origin, 'cycles.updateQuestion', command, { actor, input: cycle }, done);
    await expect(
      recordCall(record.db, origin, 'cycles.get', read, { actor, input: cycle }, done),
    ).rejects.toSatisfy((error) => unreachablePart(error) === 'record');
  });

  it('writes the held entry, with the time of the change, before the next one once the record is back', async () => {
    served = await servePglite({ port, dataDir: 'memory://' });
    const before = new Date();
    await recordCall(record.db, origin, 'cycles.get', read, { actor, input: cycle }, done);
    const entries = await record.db.select().from(tables.auditLog).orderBy(tables.auditLog.id);
    expect(entries.map((e) => [e.operation, e.action, e.recordId, e.clientAddress, e.onBehalfOf])).toEqual([
      ['change', 'cycles.updateQuestion', 'cycle/proeftuin/3', '192.0.2.1', 'monitor@programme:proeftuin'],
      ['read', 'cycles.get', 'cycle/proeftuin/3', '192.0.2.1', 'monitor@programme:proeftuin'],
    ]);
    expect(entries[0]!.at.getTime()).toBeLessThan(before.getTime());
    expect((await verifyAuditChain(record.db)).broken).toBeNull();
  });
});
