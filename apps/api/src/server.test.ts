import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout } from 'node:timers/promises';
import type { Client } from '@temporalio/client';
import { authSettings } from '@leercyclus/config';
import type { Db } from '@leercyclus/db';
import { describe, expect, it } from 'vitest';
import { buildApiServer, trpcPrefix } from './server.js';

/** A Temporal client whose one call (the health check's) waits until the test lets it answer. */
function heldTemporal() {
  let release = () => {};
  let reportStarted = () => {};
  const started = new Promise<void>((resolve) => (reportStarted = resolve));
  const temporal = {
    options: { namespace: 'default' },
    workflowService: {
      getSystemInfo: () => {
        reportStarted();
        return new Promise((resolve) => (release = () => resolve({})));
      },
    },
  } as unknown as Client;
  return { temporal, started, release: () => release() };
}

describe('closing the API', () => {
  it('waits for a call whose client hung up before it was answered', async () => {
    const held = heldTemporal();
    const server = await buildApiServer({
      temporal: held.temporal,
      db: {} as Db,
      auth: authSettings({ AUTH: 'development' }),
    });
    await server.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.server.address() as AddressInfo;
    const call = request(`http://127.0.0.1:${port}${trpcPrefix}/health`);
    call.on('error', () => undefined);
    call.end();
    await held.started;
    call.destroy();

    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await setTimeout(300);
    expect(closed).toBe(false);
    held.release();
    await closing;
    expect(closed).toBe(true);
  });
});
