import type { Client } from '@temporalio/client';
import type { Site } from '@leercyclus/calendar';
import type { Db } from '@leercyclus/db';

/** What building a feed reads from, and the moment it is built for. */
export interface FeedReader {
  temporal: Client;
  db: Db;
  site: Site;
  now: Date;
}

const yearMs = 365 * 86_400_000;

/** A feed looks back a year (closed processes, past meetings) and, where nothing ends, a year ahead. */
export function feedWindow(now: Date): { since: Date; until: Date } {
  return { since: new Date(now.getTime() - yearMs), until: new Date(now.getTime() + yearMs) };
}
