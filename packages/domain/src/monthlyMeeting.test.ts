import { describe, expect, it } from 'vitest';
import { tableConfigSchema } from './escalation.js';
import { escalationDueAt, monthlyMeetingsBetween, nextMonthlyMeeting } from './monthlyMeeting.js';

const zone = 'Europe/Amsterdam';
const firstWednesday = { nth: 1, weekday: 'wednesday', startTime: '15:00' } as const;

describe('a management table meeting on the first Wednesday of each month', () => {
  it('finds the next meeting in local time, across the DST change', () => {
    expect(nextMonthlyMeeting(new Date('2026-02-10T12:00:00Z'), firstWednesday, zone).toISOString()).toBe(
      '2026-03-04T14:00:00.000Z', // 15:00 CET
    );
    expect(nextMonthlyMeeting(new Date('2026-03-05T12:00:00Z'), firstWednesday, zone).toISOString()).toBe(
      '2026-04-01T13:00:00.000Z', // 15:00 CEST
    );
    expect(nextMonthlyMeeting(new Date('2026-04-01T13:00:00Z'), firstWednesday, zone).toISOString()).toBe(
      '2026-04-01T13:00:00.000Z',
    );
  });

  it('lists every meeting between two instants, both ends included', () => {
    const meetings = monthlyMeetingsBetween(
      new Date('2026-03-04T14:00:00Z'),
      new Date('2026-05-06T13:00:00Z'),
      firstWednesday,
      zone,
    );
    expect(meetings.map((m) => m.toISOString())).toEqual([
      '2026-03-04T14:00:00.000Z',
      '2026-04-01T13:00:00.000Z',
      '2026-05-06T13:00:00.000Z',
    ]);
  });

  it('puts an escalation on the first meeting at least a week away, or uses the service level', () => {
    const config = tableConfigSchema.parse({
      slug: 'mt-jeugd',
      name: 'Managementtafel Jeugd',
      meeting: firstWednesday,
    });
    // Raised on Friday 27 February: 4 March is too soon, so 1 April.
    expect(escalationDueAt(new Date('2026-02-27T10:00:00Z'), config).toISOString()).toBe(
      '2026-04-01T13:00:00.000Z',
    );
    // Raised on 20 February: 4 March is twelve days away.
    expect(escalationDueAt(new Date('2026-02-20T10:00:00Z'), config).toISOString()).toBe(
      '2026-03-04T14:00:00.000Z',
    );
    const noMeetings = tableConfigSchema.parse({
      slug: 'bestuur',
      name: 'Bestuurlijk overleg',
      serviceLevelDays: 10,
    });
    expect(escalationDueAt(new Date('2026-02-20T10:00:00Z'), noMeetings).toISOString()).toBe(
      '2026-03-02T10:00:00.000Z',
    );
  });
});
