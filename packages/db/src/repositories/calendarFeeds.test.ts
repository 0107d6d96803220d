import { expect, it } from 'vitest';
import { auditLog, calendarFeeds } from '../schema/index.js';
import { developmentPeople, eachBackend, seedPeople } from '../testing/index.js';
import {
  createCalendarFeed,
  listCalendarFeeds,
  resolveCalendarFeed,
  revokeCalendarFeed,
} from './calendarFeeds.js';
import { updatePerson } from './people.js';

const now = new Date('2026-10-02T08:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

eachBackend('calendar feeds', (current) => {
  it('opens a feed with its secret only, as its person with the memberships they hold at that moment', async () => {
    const { db } = current();
    await seedPeople(db, developmentPeople, [
      { personId: 'chris.monitor', scope: 'programme', scopeId: 'proeftuin', role: 'monitor' },
    ]);
    const monitor = { userId: 'chris.monitor' };
    const { id, token } = await createCalendarFeed(db, monitor, 'chris.monitor', { scope: 'person' }, now);
    expect(token).toMatch(/^lcal_[A-Za-z0-9_-]{43}$/);
    const opened = await resolveCalendarFeed(db, token, later(1));
    expect(opened?.feed).toEqual({ id, personId: 'chris.monitor', scope: 'person' });
    expect(opened?.signedIn.memberships).toEqual([
      { scope: 'programme', scopeId: 'proeftuin', role: 'monitor' },
    ]);
    expect(await resolveCalendarFeed(db, `${token}x`, later(1))).toBeNull();
    expect(await resolveCalendarFeed(db, 'lc_' + token.slice(5), later(1))).toBeNull();
    // Only the hash is kept.
    expect((await db.select().from(calendarFeeds)).some((row) => row.hash.includes(token.slice(5)))).toBe(
      false,
    );
    expect(await listCalendarFeeds(db, 'chris.monitor')).toEqual([
      {
        id,
        scope: 'person',
        cycleId: null,
        createdAt: now.toISOString(),
        lastFetchedAt: later(1).toISOString(),
        revokedAt: null,
      },
    ]);
  });

  it('stops at once when revoked or when its person is made inactive, and revokes only one’s own', async () => {
    const { db } = current();
    const coordinator = { userId: 'bram.coordinator' };
    const target = { scope: 'cycle', cycleId: 'cycle/proeftuin/1' } as const;
    const { id, token } = await createCalendarFeed(db, coordinator, 'bram.coordinator', target, now);
    expect((await resolveCalendarFeed(db, token, later(1)))?.feed).toEqual({
      id,
      personId: 'bram.coordinator',
      ...target,
    });
    await expect(revokeCalendarFeed(db, coordinator, 'chris.monitor', id)).rejects.toMatchObject({
      kind: 'notFound',
      field: 'feedId',
    });
    await revokeCalendarFeed(db, coordinator, 'bram.coordinator', id);
    expect(await resolveCalendarFeed(db, token, later(2))).toBeNull();
    await expect(revokeCalendarFeed(db, coordinator, 'bram.coordinator', id)).rejects.toMatchObject({
      kind: 'notFound',
    });

    const second = await createCalendarFeed(db, coordinator, 'bram.coordinator', { scope: 'person' }, now);
    await updatePerson(db, { userId: 'frank.beheer' }, 'bram.coordinator', { active: false });
    expect(await resolveCalendarFeed(db, second.token, later(3))).toBeNull();

    const trail = await db.select().from(auditLog);
    expect(trail.filter((entry) => entry.recordId === 'bram.coordinator').map((e) => e.action)).toEqual(
      expect.arrayContaining(['createCalendarFeed', 'revokeCalendarFeed']),
    );
  });
});
