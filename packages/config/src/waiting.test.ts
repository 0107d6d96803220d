import { describe, expect, it } from 'vitest';
import { databaseTimeouts } from './database.js';
import { shutdownGraceMs } from './shutdown.js';
import { workerHealthListen } from './workerHealth.js';

describe('the limits on waiting', () => {
  it('give up on a database after 5 s to connect and 30 s a statement, unless told otherwise', () => {
    expect(databaseTimeouts({})).toEqual({ connectMs: 5_000, statementMs: 30_000 });
    expect(
      databaseTimeouts({ DATABASE_CONNECT_TIMEOUT_SECONDS: '2', DATABASE_STATEMENT_TIMEOUT_SECONDS: '120' }),
    ).toEqual({ connectMs: 2_000, statementMs: 120_000 });
    expect(() => databaseTimeouts({ DATABASE_STATEMENT_TIMEOUT_SECONDS: '0' })).toThrow(
      /DATABASE_STATEMENT_TIMEOUT_SECONDS must be a whole number of at least 1/,
    );
  });

  it('give a stopping process 25 s unless told otherwise', () => {
    expect(shutdownGraceMs({})).toBe(25_000);
    expect(shutdownGraceMs({ SHUTDOWN_GRACE_SECONDS: '8' })).toBe(8_000);
    expect(() => shutdownGraceMs({ SHUTDOWN_GRACE_SECONDS: 'kort' })).toThrow(/SHUTDOWN_GRACE_SECONDS/);
  });

  it("serve the worker's probes only when given a port, on this machine unless told otherwise", () => {
    expect(workerHealthListen({})).toBeUndefined();
    expect(workerHealthListen({ WORKER_HEALTH_PORT: '9464' })).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(workerHealthListen({ WORKER_HEALTH_PORT: '9464', WORKER_HEALTH_HOST: '0.0.0.0' })).toEqual({
      port: 9464,
      host: '0.0.0.0',
    });
    expect(() => workerHealthListen({ WORKER_HEALTH_PORT: '99999' })).toThrow(/WORKER_HEALTH_PORT/);
  });
});
