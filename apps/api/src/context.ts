import type { Client } from '@temporalio/client';
import type { Db } from '@leercyclus/db';
import { developmentUsers, type User } from '@leercyclus/domain';
import type { InFlight } from './inFlight.js';

export interface ApiDependencies {
  temporal: Client;
  /** The record (Postgres or PGlite): lists, reports and the reference records. */
  db: Db;
  /** The development sign-in of the embedded default: a header picks one of the development users. */
  auth: 'development';
  /** The current time for derived figures such as days overdue; the time-skipping test server has its own. */
  clock?: () => Promise<number>;
}

export interface Context extends ApiDependencies {
  user: User | null;
  /** The server's running procedure calls, which it waits for when it closes. */
  inFlight: InFlight;
}

/** The header the control panel and tests send to pick a development user. */
export const userHeader = 'x-leercyclus-user';

export function resolveUser(headerValue: string | string[] | undefined): User | null {
  const id = Array.isArray(headerValue) ? headerValue[0] : headerValue;
  return developmentUsers.find((user) => user.id === id) ?? null;
}
