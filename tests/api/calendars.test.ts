import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFeed, type ParsedEvent } from '@leercyclus/calendar/testing';
import { occurrenceMoves, revokeMembership, tables } from '@leercyclus/db';
import { seedPeople, developmentPeople } from '@leercyclus/db/testing';
import { clockTimeInZone, dateInZone, zonedInstant } from '@leercyclus/domain';
import { eventually } from '../support/api.js';
import { groupLaunchInput } from '../support/groups.js';
import { launchInput } from '../support/launches.js';
import { grantParts, people } from '../support/people.js';
import { useSystem } from '../support/system.js';

const { leader, coordinator, monitor, participant, management, administrator } = people;
const zone = 'Europe/Amsterdam';
const proeftuin = 'agenda-proeftuin';
const elders = 'agenda-elders';
const table = 'agenda-tafel';

/**
 * A cycle from 1 October to 15 April: across the end of summer time in late October and its start in late March,
 * ending after today so that it runs (its first weeks may lie in the past).
 */
function cyclePeriod(today: string): { startsOn: string; endsOn: string } {
  const year = Number(today.slice(0, 4));
  const first = today < `${year}-04-15` ? year - 1 : year;
  return { startsOn: `${first}-10-01`, endsOn: `${first + 1}-04-15` };
}

describe('calendar feeds of people and cycles, on a Temporal dev server', () => {
  const system = useSystem('devServer', { api: true });
  const { startsOn, endsOn } = cyclePeriod(dateInZone(new Date(), zone));
  const cycleA = { programmeId: proeftuin, number: 1 };
  const uidOf = (id: string) => `cycle/${proeftuin}/1/${id}@127.0.0.1`;
  let moved: { id: string; date: string };
  let cancelled: string;

  /** Fetches a feed as a calendar application does: no cookie, no header, the secret in the address. */
  async function fetchFeed(url: string) {
    const response = await fetch(new URL(new URL(url).pathname, system.api.url));
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
    };
  }
  async function feedOf(url: string) {
    const fetched = await fetchFeed(url);
    expect(fetched.status).toBe(200);
    expect(fetched.type).toBe('text/calendar; charset=utf-8');
    return parseFeed(fetched.text);
  }
  const sessionsOf = (events: ParsedEvent[]) => events.filter((e) => e.uid.includes('/learningSession:'));

  beforeAll(async () => {
    const { db } = system.record;
    await grantParts(db, { programmes: [proeftuin], tables: [table] });
    await seedPeople(db, developmentPeople, [
      { personId: leader, scope: 'programme', scopeId: elders, role: 'projectLeader' },
    ]);
    const api = system.api.as(leader);
    await api.cycles.launch.mutate({
      ...launchInput(new Date(), { ...cycleA, title: 'Proeftuin — cyclus 1', startsOn, endsOn }),
      districts: [{ name: 'West', weekday: 'thursday', startTime: '14:00', durationMinutes: 120 }],
      programmeTeam: { weekday: 'monday', startTime: '10:00', durationMinutes: 60 },
      checkpoints: [{ title: 'Gezamenlijke evaluatie', owner: coordinator, dueOn: endsOn, dueTime: '17:00' }],
    });
    await api.cycles.launch.mutate({
      ...launchInput(new Date(), {
        programmeId: elders,
        number: 1,
        title: 'Elders — cyclus 1',
        startsOn,
        endsOn,
      }),
      districts: [{ name: 'Noord', weekday: 'wednesday', startTime: '09:30', durationMinutes: 90 }],
    });
    await api.groups.launch.mutate(groupLaunchInput(new Date(), { slug: 'agenda-groep' }));
    await system.api.as(administrator).tables.upsert.mutate({
      slug: table,
      name: 'Managementtafel Agenda',
      meeting: { nth: 1, weekday: 'wednesday', startTime: '15:00' },
      members: [management],
    });

    // Two sessions still ahead: one moves to the Friday after at 10:00, the other is cancelled.
    const cycle = await system.api.as(monitor).cycles.get.query(cycleA);
    const ahead = cycle.occurrences.filter((o) => o.kind === 'learningSession' && o.status === 'planned');
    expect(ahead.length).toBeGreaterThanOrEqual(3);
    const toMove = ahead[0]!;
    const friday = dateInZone(new Date(Date.parse(toMove.startsAt) + 86_400_000), zone);
    moved = { id: toMove.id, date: friday };
    await system.api.as(coordinator).cycles.moveOccurrence.mutate({
      ...cycleA,
      occurrenceId: toMove.id,
      action: 'move',
      date: friday,
      startTime: '10:00',
      reason: 'Zaal bezet',
    });
    cancelled = ahead[1]!.id;
    await system.api.as(coordinator).cycles.moveOccurrence.mutate({
      ...cycleA,
      occurrenceId: cancelled,
      action: 'cancel',
      reason: 'Studiedag',
    });
  });

  it('shows a participant every session of their programme at 14:00 local time on both sides of both DST changes', async () => {
    const { url, webcal } = await system.api.as(participant).calendars.createMine.mutate();
    expect(url).toMatch(/\/ical\/lcal_[A-Za-z0-9_-]{43}\.ics$/);
    expect(webcal).toBe(url.replace(/^http:/, 'webcal:'));
    const feed = await feedOf(url);
    expect(feed.name).toBe('Leercyclus — Eva Smit');
    expect(feed.timeZones).toContain(zone);

    const weekly = sessionsOf(feed.events).filter((e) => e.uid !== uidOf(moved.id));
    // Every Thursday from October to April but the last one, which the partner gathering takes: some before
    // the last Sunday of October, some after the last Sunday of March.
    expect(weekly.length).toBeGreaterThanOrEqual(25);
    expect(weekly.some((e) => e.localStart < `${startsOn.slice(0, 4)}-10-25`)).toBe(true);
    expect(weekly.some((e) => e.localStart > `${endsOn.slice(0, 4)}-04-01`)).toBe(true);
    for (const event of weekly) {
      expect(event.zone).toBe(zone);
      expect(event.localStart.slice(11)).toBe('14:00:00');
      // The instant through the feed's own VTIMEZONE is 14:00 in Amsterdam that day, summer time or not.
      const date = event.localStart.slice(0, 10);
      expect(event.start.toISOString()).toBe(zonedInstant(date, '14:00', zone).toISOString());
      expect(clockTimeInZone(event.start, zone)).toBe('14:00');
    }
    const utcHours = new Set(weekly.map((e) => e.start.getUTCHours()));
    expect(utcHours).toEqual(new Set([12, 13]));
  });

  it('shows a moved session at its new time under the same UID, with SEQUENCE raised once', async () => {
    const { url } = await system.api.as(participant).calendars.createMine.mutate();
    await eventually(
      () => occurrenceMoves(system.record.db, `cycle/${proeftuin}/1`),
      (moves) => moves.get(moved.id) === 1,
    );
    const event = (await feedOf(url)).events.find((e) => e.uid === uidOf(moved.id))!;
    expect(event.localStart).toBe(`${moved.date}T10:00:00`);
    expect(event.start.toISOString()).toBe(zonedInstant(moved.date, '10:00', zone).toISOString());
    expect(event).toMatchObject({ sequence: 1, status: 'CONFIRMED' });
    expect(event.description).toContain('Zaal bezet');
  });

  it('marks a cancelled session CANCELLED, with SEQUENCE raised', async () => {
    const { url } = await system.api.as(participant).calendars.createMine.mutate();
    const event = (await feedOf(url)).events.find((e) => e.uid === uidOf(cancelled))!;
    expect(event).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    expect(event.summary).toMatch(/^Afgelast: Leersessie West/);
  });

  it('shows a person only what they take part in', async () => {
    const eva = await system.api.as(participant).calendars.createMine.mutate();
    const uids = (await feedOf(eva.url)).events.map((e) => e.uid);
    expect(uids.some((uid) => uid.startsWith(`cycle/${elders}/`))).toBe(false);
    expect(uids.some((uid) => uid.includes('/programmeTeamMeeting:'))).toBe(false);
    expect(uids.some((uid) => uid.includes('/checkpoint-'))).toBe(false);
    expect(uids.some((uid) => uid.startsWith('table/'))).toBe(false);
    // A member of the group: its meetings, once the group's row has reached the record.
    const withGroup = await eventually(
      async () => (await feedOf(eva.url)).events.map((e) => e.uid),
      (list) => list.some((uid) => uid.startsWith('group/agenda-groep/meeting:')),
    );
    expect(withGroup.some((uid) => uid.startsWith('group/agenda-groep/meeting:'))).toBe(true);

    const anna = await feedOf((await system.api.as(leader).calendars.createMine.mutate()).url);
    expect(anna.events.some((e) => e.uid.startsWith(`cycle/${elders}/1/learningSession:noord:`))).toBe(true);
    expect(anna.events.some((e) => e.uid.includes('/programmeTeamMeeting:'))).toBe(true);

    const danasFeed = await system.api.as(management).calendars.createMine.mutate();
    const dana = await eventually(
      () => feedOf(danasFeed.url),
      (feed) => feed.events.length > 0,
    );
    expect(dana.events.length).toBeGreaterThanOrEqual(24);
    expect(dana.events.every((e) => e.uid.startsWith(`table/${table}/meeting:`))).toBe(true);
    expect(dana.events.every((e) => e.localStart.endsWith('T15:00:00') && e.zone === zone)).toBe(true);
  });

  it('puts the owner’s checkpoint in their calendar as an all-day event with alarms', async () => {
    const bram = await feedOf((await system.api.as(coordinator).calendars.createMine.mutate()).url);
    const checkpoint = bram.events.find((e) => e.uid === uidOf('checkpoint-1'))!;
    expect(checkpoint).toMatchObject({ allDay: true, localStart: endsOn, status: 'CONFIRMED' });
    expect(checkpoint.summary).toBe('Deadline: Gezamenlijke evaluatie — Proeftuin — cyclus 1');
    expect(checkpoint.alarms).toEqual([
      { trigger: '-P6DT15H', related: 'START' },
      { trigger: 'PT9H', related: 'START' },
    ]);
    expect(checkpoint.url).toBe(`http://127.0.0.1:4000/cycles/${proeftuin}/1?tab=checkpoints`);
  });

  it('serves a cycle’s feed while its person may read the cycle, and stops it when they lose the membership', async () => {
    const { url } = await system.api.as(monitor).calendars.createForCycle.mutate(cycleA);
    const feed = await feedOf(url);
    expect(feed.name).toBe('Leercyclus — Proeftuin — cyclus 1');
    expect(feed.events.some((e) => e.uid.includes('/programmeTeamMeeting:'))).toBe(true);
    expect(feed.events.find((e) => e.uid === uidOf('checkpoint-1'))?.description).toContain(
      'Eigenaar: Bram Jansen.',
    );
    const mine = await system.api.as(monitor).calendars.createMine.mutate();
    expect(sessionsOf((await feedOf(mine.url)).events).length).toBeGreaterThan(0);

    await revokeMembership(system.record.db, { userId: administrator }, monitor, {
      scope: 'programme',
      scopeId: proeftuin,
      role: 'monitor',
    });
    expect((await fetchFeed(url)).status).toBe(404);
    expect(sessionsOf((await feedOf(mine.url)).events)).toEqual([]);
  });

  it('answers 404 once a feed is revoked, or for a secret it never gave out', async () => {
    const created = await system.api.as(participant).calendars.createMine.mutate();
    expect((await fetchFeed(created.url)).status).toBe(200);
    await system.api.as(participant).calendars.revoke.mutate({ feedId: created.id });
    const gone = await fetchFeed(created.url);
    expect(gone.status).toBe(404);
    expect(gone.text).not.toContain('BEGIN:VCALENDAR');
    expect((await fetchFeed(created.url.replace(/.{4}\.ics$/, 'abcd.ics'))).status).toBe(404);
    const listed = await system.api.as(participant).calendars.mine.query();
    expect(listed.find((feed) => feed.id === created.id)?.revokedAt).not.toBeNull();
  });

  it('writes each fetch to the audit trail as a read by the feed’s person', async () => {
    const { id, url } = await system.api.as(participant).calendars.createMine.mutate();
    await feedOf(url);
    const reads = await system.record.db
      .select()
      .from(tables.auditLog)
      .where(and(eq(tables.auditLog.action, 'readCalendarFeed'), eq(tables.auditLog.actor, participant)));
    expect(reads.some((entry) => entry.details.feedId === id && entry.recordId === participant)).toBe(true);
  });
});
