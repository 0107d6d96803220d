import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { afterAll, describe, expect, it } from 'vitest';
import { startDevServer } from '@leercyclus/toolchain';

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('the embedded Temporal dev server', () => {
  const folder = mkdtempSync(join(tmpdir(), 'leercyclus-dev-server-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps closed workflows for the retention it is given, not its own one day', async () => {
    const server = await startDevServer({
      dbFilename: join(folder, 'dev.sqlite'),
      port: await freePort(),
      uiPort: await freePort(),
      namespace: 'default',
      searchAttributes: [],
      retentionMs: 45 * 86_400_000,
      logFile: join(folder, 'server.log'),
    });
    try {
      const connection = await Connection.connect({ address: server.address });
      try {
        const { config } = await connection.workflowService.describeNamespace({ namespace: 'default' });
        expect(Number(config?.workflowExecutionRetentionTtl?.seconds)).toBe(45 * 86_400);
      } finally {
        await connection.close();
      }
    } finally {
      await server.stop();
    }
  });
});
