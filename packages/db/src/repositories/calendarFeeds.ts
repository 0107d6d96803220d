import { and, desc, eq, isNull } from 'drizzle-orm';
import type { SignedIn } from '@leercyclus/domain';
import { audited, type Actor } from '../audit.js';
import type { Db, Queryable } from '../database.js';
import { RecordError } from '../errors.js';
import { calendarFeeds } from '../schema/index.js';
import { dueForTouch } from '../signIn/lastUse.js';
import { generatedId, randomSecret, sha256 } from '../signIn/secrets.js';
import { requirePerson, signedInAs } from './people.js';

/** Every feed's secret starts so: it tells one from an API token (`lc_`), and secret scanners can find it. */
export const calendarFeedPrefix = 'lcal_';

/** What a feed shows: everything its person takes part in, or one cycle (by its workflow id). */
export type CalendarFeedTarget = { scope: 'person' } | { scope: 'cycle'; cycleId: string };

export type CalendarFeed = { id: string; personId: string } & CalendarFeedTarget;

export interface CalendarFeedSummary {
  id: string;
  scope: 'person' | 'cycle';
  cycleId: string | null;
  createdAt: string;
  lastFetchedAt: string | null;
  revokedAt: string | null;
}

type FeedRow = typeof calendarFeeds.$inferSelect;

function feedOf(row: FeedRow): CalendarFeed {
  const base = { id: row.id, personId: row.personId };
  return row.scope === 'cycle' && row.cycleId !== null
    ? { ...base, scope: 'cycle', cycleId: row.cycleId }
    : { ...base, scope: 'person' };
}

/** A new feed of the person's: the secret is returned this once, the record keeps its SHA-256. */
export async function createCalendarFeed(
  db: Db,
  actor: Actor,
  personId: string,
  target: CalendarFeedTarget,
  now = new Date(),
): Promise<{ id: string; token: string }> {
  return audited(db, actor, async (tx) => {
    await requirePerson(tx, personId);
    const id = generatedId('cal');
    const token = `${calendarFeedPrefix}${randomSecret()}`;
    const cycleId = target.scope === 'cycle' ? target.cycleId : null;
    await tx
      .insert(calendarFeeds)
      .values({ id, personId, scope: target.scope, cycleId, hash: sha256(token), createdAt: now });
    return {
      result: { id, token },
      audit: {
        operation: 'create',
        action: 'createCalendarFeed',
        recordType: 'person',
        recordId: personId,
        details: { feedId: id, scope: target.scope, cycleId },
      },
    };
  });
}

/** A person's feeds, newest first, without their secrets. */
export async function listCalendarFeeds(q: Queryable, personId: string): Promise<CalendarFeedSummary[]> {
  const rows = await q
    .select()
    .from(calendarFeeds)
    .where(eq(calendarFeeds.personId, personId))
    .orderBy(desc(calendarFeeds.createdAt), desc(calendarFeeds.id));
  return rows.map((row) => ({
    id: row.id,
    scope: row.scope,
    cycleId: row.cycleId,
    createdAt: row.createdAt.toISOString(),
    lastFetchedAt: row.lastFetchedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  }));
}

/** Ends a feed at once: its address answers 404 from now on. A notFound when the person has no such feed in force. */
export async function revokeCalendarFeed(
  db: Db,
  actor: Actor,
  personId: string,
  feedId: string,
): Promise<void> {
  return audited(db, actor, async (tx) => {
    const revoked = await tx
      .update(calendarFeeds)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(calendarFeeds.id, feedId),
          eq(calendarFeeds.personId, personId),
          isNull(calendarFeeds.revokedAt),
        ),
      )
      .returning({ id: calendarFeeds.id });
    if (revoked.length === 0) {
      throw new RecordError('notFound', `${personId} has no calendar feed ${feedId} in force.`, 'feedId');
    }
    return {
      result: undefined,
      audit: {
        operation: 'change',
        action: 'revokeCalendarFeed',
        recordType: 'person',
        recordId: personId,
        details: { feedId },
      },
    };
  });
}

/**
 * The feed a secret opens and its person with their memberships as they are now, or null when the secret is
 * unknown or revoked, or its person is inactive.
 */
export async function resolveCalendarFeed(
  db: Db,
  token: string,
  now: Date,
): Promise<{ feed: CalendarFeed; signedIn: SignedIn } | null> {
  if (!token.startsWith(calendarFeedPrefix)) return null;
  const [row] = await db
    .select()
    .from(calendarFeeds)
    .where(eq(calendarFeeds.hash, sha256(token)));
  if (!row || row.revokedAt) return null;
  const signedIn = await signedInAs(db, row.personId, 'token');
  if (!signedIn) return null;
  if (dueForTouch(row.lastFetchedAt, now)) {
    await db.update(calendarFeeds).set({ lastFetchedAt: now }).where(eq(calendarFeeds.id, row.id));
  }
  return { feed: feedOf(row), signedIn };
}
