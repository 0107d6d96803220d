import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  cycleCalendar,
  cyclePath,
  normalizeCycleLaunch,
  cycleLaunchInputSchema,
  type Checkpoint,
  type Occurrence,
} from '@leercyclus/domain';
import { calendarFeed } from './feed.js';
import { checkpointEntry } from './entries/checkpoint.js';
import { occurrenceEntry } from './entries/occurrence.js';
import { tableMeetingEntry } from './entries/tableMeeting.js';
import { parseFeed } from './testing/index.js';

const zone = 'Europe/Amsterdam';
const site = { publicUrl: 'https://leercyclus.example.nl' };
const cycle = {
  processId: 'cycle/proeftuin/3',
  title: 'Proeftuin — cyclus 3',
  timeZone: zone,
  path: cyclePath('proeftuin', 3, 'calendar'),
};
// Weekly on Thursday 14:00 from October to April: across the end of summer time (25 October 2026) and its start
// (28 March 2027).
const sessions = cycleCalendar(
  normalizeCycleLaunch(
    cycleLaunchInputSchema.parse({
      requestId: 'request-feed-test',
      programmeId: 'proeftuin',
      number: 3,
      title: cycle.title,
      startsOn: '2026-10-01',
      endsOn: '2027-04-15',
      districts: [{ name: 'West', weekday: 'thursday', startTime: '14:00', durationMinutes: 120 }],
      partnerGatherings: [],
    }),
    { launchedBy: 'anna.projectleider' },
  ),
);

function moved(occurrence: Occurrence, date: string, startTime: string): Occurrence {
  const startsAt = DateTime.fromISO(`${date}T${startTime}`, { zone }).toUTC();
  return {
    ...occurrence,
    date,
    startsAt: startsAt.toISO()!,
    endsAt: startsAt.plus({ hours: 2 }).toISO()!,
    change: {
      reason: 'Zaal bezet',
      at: '2026-11-01T09:00:00.000Z',
      by: 'bram.coordinator',
      movedFrom: { startsAt: occurrence.startsAt, endsAt: occurrence.endsAt },
    },
  };
}

const checkpoint: Checkpoint = {
  id: 'checkpoint-1',
  title: 'Gezamenlijke evaluatie',
  owner: 'bram.coordinator',
  dueAt: '2027-04-15T15:00:00.000Z',
  cadence: { daysBefore: [7, 0], overdueEveryDays: 3 },
  status: 'pending',
  slotsHandled: 0,
  remindersSent: [],
  evaluation: null,
};

describe('a calendar feed as a client parses it', () => {
  const [first, second, ...rest] = sessions;
  const occurrences = [
    first!,
    moved(second!, '2026-10-09', '10:00'),
    {
      ...rest[0]!,
      status: 'cancelled' as const,
      change: {
        ...moved(rest[0]!, rest[0]!.date, '14:00').change!,
        movedFrom: null,
        reason: 'Herfstvakantie',
      },
    },
    ...rest.slice(1),
  ];
  const feed = parseFeed(
    calendarFeed(
      'Bram Coordinator',
      [
        ...occurrences.map((o) => occurrenceEntry(site, cycle, o, o.id === second!.id ? 1 : 0)),
        checkpointEntry(
          site,
          { ...cycle, path: cyclePath('proeftuin', 3, 'checkpoints') },
          checkpoint,
          'Bram',
        ),
        tableMeetingEntry(
          site,
          {
            processId: 'table/mt-jeugd',
            title: 'Managementtafel Jeugd',
            timeZone: zone,
            path: '/escalations',
          },
          new Date('2026-11-04T14:00:00Z'),
        ),
      ],
      new Date('2026-10-02T08:00:00Z'),
    ),
  );
  const byUid = (id: string) =>
    feed.events.find((e) => e.uid === `cycle/proeftuin/3/${id}@leercyclus.example.nl`)!;

  it('names the calendar and defines the zone its events name', () => {
    expect(feed.name).toBe('Leercyclus — Bram Coordinator');
    expect(feed.method).toBe('PUBLISH');
    expect(feed.timeZones).toEqual([zone]);
    expect(feed.events.every((e) => /^\d{8}T\d{6}Z$/.test(e.stamp))).toBe(true);
  });

  it('keeps a weekly 14:00 session at 14:00 local time on both sides of both DST changes', () => {
    const weekly = sessions.filter((o) => o.id !== second!.id).map((o) => byUid(o.id));
    expect(weekly.length).toBeGreaterThan(25);
    for (const event of weekly) {
      expect(event.zone).toBe(zone);
      expect(event.localStart).toMatch(/T14:00:00$/);
      // The instant, computed through the feed's own VTIMEZONE: 13:00 UTC in winter, 12:00 UTC in summer.
      const utcHour = event.start.getUTCHours();
      const winter =
        event.start >= new Date('2026-10-25T01:00:00Z') && event.start < new Date('2027-03-28T01:00:00Z');
      expect(utcHour).toBe(winter ? 13 : 12);
    }
    expect(byUid(first!.id).start.toISOString()).toBe('2026-10-01T12:00:00.000Z');
    expect(byUid('learningSession:west:2026-10-29').start.toISOString()).toBe('2026-10-29T13:00:00.000Z');
    expect(byUid('learningSession:west:2027-04-01').start.toISOString()).toBe('2027-04-01T12:00:00.000Z');
  });

  it('shows a moved session at its new time under the same UID with a higher SEQUENCE', () => {
    const event = byUid(second!.id);
    expect(event.localStart).toBe('2026-10-09T10:00:00');
    expect(event.sequence).toBe(1);
    expect(event.description).toContain('Verplaatst van donderdag 8 oktober 2026 om 14:00: Zaal bezet');
    expect(byUid(first!.id).sequence).toBe(0);
  });

  it('marks a cancelled session CANCELLED, with a higher SEQUENCE', () => {
    const event = byUid(rest[0]!.id);
    expect(event).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    expect(event.summary).toMatch(/^Afgelast: Leersessie West/);
    expect(byUid(first!.id).status).toBe('CONFIRMED');
  });

  it('puts a checkpoint on its due date as an all-day event, with an alarm at 09:00 on each reminder day', () => {
    const event = byUid('checkpoint-1');
    expect(event).toMatchObject({
      allDay: true,
      localStart: '2027-04-15',
      summary: 'Deadline: Gezamenlijke evaluatie — Proeftuin — cyclus 3',
    });
    expect(event.alarms).toEqual([
      { trigger: '-P6DT15H', related: 'START' },
      { trigger: 'PT9H', related: 'START' },
    ]);
    expect(event.url).toBe('https://leercyclus.example.nl/cycles/proeftuin/3?tab=checkpoints');
    expect(event.description).toContain('Uiterlijk donderdag 15 april 2027 om 17:00.');
  });

  it('gives a management table’s meeting a UID by its month', () => {
    const meeting = feed.events.find((e) => e.uid.startsWith('table/mt-jeugd/'))!;
    expect(meeting).toMatchObject({
      uid: 'table/mt-jeugd/meeting:2026-11@leercyclus.example.nl',
      localStart: '2026-11-04T15:00:00',
    });
  });
});
