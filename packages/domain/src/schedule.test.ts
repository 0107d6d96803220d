import { describe, expect, it } from 'vitest';
import { weeklyOccurrences } from './schedule.js';
import { cycleCalendar } from './cycleCalendar.js';
import { cycleLaunchInputSchema, normalizeCycleLaunch } from './cycleLaunch.js';

const amsterdam = 'Europe/Amsterdam';
const localTime = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { timeZone: amsterdam, hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );

describe('weeklyOccurrences', () => {
  it('keeps a Thursday 13:30 session at 13:30 local time across the spring DST change (29 March 2026)', () => {
    const slots = weeklyOccurrences({
      slot: { weekday: 'thursday', startTime: '13:30', durationMinutes: 120 },
      from: '2026-03-16',
      until: '2026-04-10',
      timeZone: amsterdam,
    });
    expect(slots.map((s) => s.date)).toEqual(['2026-03-19', '2026-03-26', '2026-04-02', '2026-04-09']);
    // CET is UTC+1 before the change, CEST UTC+2 after it.
    expect(slots.map((s) => s.startsAt)).toEqual([
      '2026-03-19T12:30:00.000Z',
      '2026-03-26T12:30:00.000Z',
      '2026-04-02T11:30:00.000Z',
      '2026-04-09T11:30:00.000Z',
    ]);
    expect(slots.map((s) => localTime(s.startsAt))).toEqual(['13:30', '13:30', '13:30', '13:30']);
    expect(slots.every((s) => Date.parse(s.endsAt) - Date.parse(s.startsAt) === 120 * 60_000)).toBe(true);
  });

  it('keeps a Tuesday 14:00 session at 14:00 local time across the autumn DST change (25 October 2026)', () => {
    const slots = weeklyOccurrences({
      slot: { weekday: 'tuesday', startTime: '14:00', durationMinutes: 90 },
      from: '2026-10-13',
      until: '2026-11-03',
      timeZone: amsterdam,
    });
    expect(slots.map((s) => s.startsAt)).toEqual([
      '2026-10-13T12:00:00.000Z',
      '2026-10-20T12:00:00.000Z',
      '2026-10-27T13:00:00.000Z',
      '2026-11-03T13:00:00.000Z',
    ]);
    expect(slots.map((s) => localTime(s.startsAt))).toEqual(['14:00', '14:00', '14:00', '14:00']);
  });

  it('skips blackout dates, and a fortnightly rhythm keeps its place around them', () => {
    const weekly = weeklyOccurrences({
      slot: { weekday: 'monday', startTime: '10:00', durationMinutes: 60 },
      from: '2026-02-02',
      until: '2026-03-02',
      timeZone: amsterdam,
      blackoutDates: ['2026-02-16', '2026-02-23'],
    });
    expect(weekly.map((s) => s.date)).toEqual(['2026-02-02', '2026-02-09', '2026-03-02']);
    const fortnightly = weeklyOccurrences({
      slot: { weekday: 'monday', startTime: '10:00', durationMinutes: 60 },
      from: '2026-02-02',
      until: '2026-03-16',
      timeZone: amsterdam,
      everyWeeks: 2,
      blackoutDates: ['2026-02-16'],
    });
    expect(fortnightly.map((s) => s.date)).toEqual(['2026-02-02', '2026-03-02', '2026-03-16']);
  });

  it('includes both ends of the range and starts on the first matching weekday', () => {
    const slots = weeklyOccurrences({
      slot: { weekday: 'wednesday', startTime: '09:00', durationMinutes: 60 },
      from: '2026-01-07',
      until: '2026-01-21',
      timeZone: amsterdam,
    });
    expect(slots.map((s) => s.date)).toEqual(['2026-01-07', '2026-01-14', '2026-01-21']);
  });
});

describe('a cycle calendar', () => {
  const launch = normalizeCycleLaunch(
    cycleLaunchInputSchema.parse({
      requestId: 'request-0001',
      programmeId: 'proeftuin-samenspel',
      number: 1,
      title: 'Leercyclus 1',
      startsOn: '2026-01-05',
      districts: [
        { name: 'West', weekday: 'thursday', startTime: '13:30', durationMinutes: 120 },
        { name: 'Zuid', weekday: 'tuesday', startTime: '13:00', durationMinutes: 120 },
      ],
      blackoutDates: ['2026-02-17', '2026-02-19'],
      programmeTeam: { weekday: 'monday', startTime: '10:00', durationMinutes: 90 },
    }),
    { launchedBy: 'anna.projectleider' },
  );

  it('defaults to three months in Europe/Amsterdam', () => {
    expect(launch.endsOn).toBe('2026-04-04');
    expect(launch.timeZone).toBe(amsterdam);
  });

  it('gives each district its own weekday, in time order, without the blackout week', () => {
    const calendar = cycleCalendar(launch);
    const west = calendar.filter((o) => o.district === 'West' && o.kind === 'learningSession');
    const zuid = calendar.filter((o) => o.district === 'Zuid' && o.kind === 'learningSession');
    // 13 Thursdays from 8 Jan to 2 Apr and 13 Tuesdays from 6 Jan to 31 Mar, less the spring holiday and the
    // last one, which is the district's partner gathering.
    expect(west).toHaveLength(11);
    expect(zuid).toHaveLength(11);
    expect(
      calendar.filter((o) => o.kind === 'partnerGathering').map((o) => `${o.district} ${o.date}`),
    ).toEqual(['Zuid 2026-03-31', 'West 2026-04-02']);
    expect(west.every((o) => new Date(`${o.date}T12:00:00Z`).getUTCDay() === 4)).toBe(true);
    expect(zuid.every((o) => new Date(`${o.date}T12:00:00Z`).getUTCDay() === 2)).toBe(true);
    expect(calendar.map((o) => o.date)).not.toContain('2026-02-17');
    expect(calendar.map((o) => o.date)).not.toContain('2026-02-19');
    const starts = calendar.map((o) => o.startsAt);
    expect([...starts].sort()).toEqual(starts);
    expect(new Set(calendar.map((o) => o.id)).size).toBe(calendar.length);
    expect(calendar.every((o) => o.status === 'planned')).toBe(true);
  });

  it('has the programme team every two weeks, keeping its rhythm through a blackout date', () => {
    const meetings = cycleCalendar({ ...launch, blackoutDates: ['2026-01-19'] })
      .filter((o) => o.kind === 'programmeTeamMeeting')
      .map((o) => o.date);
    expect(meetings).toEqual([
      '2026-01-05',
      '2026-02-02',
      '2026-02-16',
      '2026-03-02',
      '2026-03-16',
      '2026-03-30',
    ]);
  });

  it('has one joint evaluation at 17:00 on the last day, owned by whoever launched', () => {
    expect(launch.checkpoints).toEqual([
      expect.objectContaining({
        id: 'checkpoint-1',
        owner: 'anna.projectleider',
        dueOn: '2026-04-04',
        dueTime: '17:00',
      }),
    ]);
    expect(launch.checkpoints[0]!.cadence).toEqual({ daysBefore: [7, 0], overdueEveryDays: 3 });
  });
});

describe('the launch input', () => {
  const valid = {
    requestId: 'request-0001',
    programmeId: 'proeftuin',
    number: 2,
    title: 'Leercyclus 2',
    startsOn: '2026-04-06',
    districts: [{ name: 'West', weekday: 'thursday', startTime: '13:30', durationMinutes: 120 }],
  };
  const problems = (input: unknown) =>
    cycleLaunchInputSchema.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? [];

  it('names each field that is wrong', () => {
    expect(problems(valid)).toEqual([]);
    expect(problems({ ...valid, startsOn: '06-04-2026' })).toEqual(['startsOn']);
    expect(problems({ ...valid, endsOn: '2026-04-01' })).toEqual(['endsOn']);
    expect(problems({ ...valid, programmeId: 'Proeftuin West' })).toEqual(['programmeId']);
    expect(problems({ ...valid, districts: [{ ...valid.districts[0], weekday: 'donderdag' }] })).toEqual([
      'districts.0.weekday',
    ]);
    expect(problems({ ...valid, districts: [] })).toEqual(['districts']);
    expect(problems({ ...valid, timeZone: 'Europe/Amsterdamm' })).toEqual(['timeZone']);
    expect(problems({ ...valid, blackoutDates: ['2026-02-30'] })).toEqual(['blackoutDates.0']);
  });
});
