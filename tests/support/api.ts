import type { AddressInfo } from 'node:net';
import { TRPCClientError } from '@trpc/client';
import type { Client } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import { buildApiServer, trpcPrefix, type ApiServerOptions, type AppRouter } from '@leercyclus/api';
import { apiLimits, authSettings, type ApiLimits } from '@leercyclus/config';
import type { Db } from '@leercyclus/db';
import { apiClient, type ApiClient } from '@leercyclus/harness';
import { seedDevelopmentPeople } from './people.js';
import { emptyRecord } from './record.js';

export interface RunningApi {
  url: string;
  server: FastifyInstance;
  /** A real tRPC client over HTTP, signed in as a person of the record (or anonymous), by development sign-in. */
  as(personId?: string): ApiClient;
}

/** The tests drive many calls from one address as a few people: no rate limits, unless a test sets its own. */
const unthrottled: ApiLimits = {
  ...apiLimits({}),
  rates: { signInPerAddress: 0, signInPerPerson: 0, writesPerAddress: 0, writesPerPerson: 0 },
};

/**
 * The API on a free port, with development sign-in and the development people in its record (their memberships
 * are each test's: see grantParts). Without a record of its own it gets an empty one (PGlite in memory), closed
 * with the server; pass the worker's record to read what the workflows wrote. `panelRoot` serves a built panel.
 */
export async function startApi(
  temporal: Client,
  db?: Db,
  options: Pick<ApiServerOptions, 'panelRoot'> & {
    /** False for a record that cannot be reached: nobody is put in it. */
    seedPeople?: boolean;
    /** The local mail sink's folder, for the "Verzonden berichten" page. */
    mailSinkDir?: string;
  } = {},
): Promise<RunningApi> {
  const { seedPeople = true, mailSinkDir, ...serverOptions } = options;
  const record = db ? { db, close: async () => {} } : await emptyRecord();
  if (seedPeople) await seedDevelopmentPeople(record.db);
  const server = await buildApiServer(
    {
      temporal,
      auth: authSettings({ AUTH: 'development' }),
      db: record.db,
      ...(mailSinkDir !== undefined ? { mailSinkDir } : {}),
    },
    { limits: unthrottled, ...serverOptions },
  );
  server.addHook('onClose', () => record.close());
  await server.listen({ port: 0, host: '127.0.0.1' });
  const { port } = server.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}${trpcPrefix}`;
  return {
    url,
    server,
    as: (personId) => apiClient(url, personId ? { developmentPerson: personId } : undefined),
  };
}

/** The tRPC error a call failed with, for asserting its code and message. */
export async function failureOf(call: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return error as TRPCClientError<AppRouter>;
    throw error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** Polls until `check` returns a value that passes `done` (visibility is eventually consistent). */
export async function eventually<T>(
  check: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await check();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await check();
  }
  return value;
}
