import { describe, expect, it } from 'vitest';
import { groupByWeek, isoWeekNumber, weekStartOf } from './weeks';

describe('calendar weeks', () => {
  it('start on Monday', () => {
    expect(weekStartOf('2026-03-05')).toBe('2026-03-02'); // a Thursday
    expect(weekStartOf('2026-03-08')).toBe('2026-03-02'); // the Sunday after
    expect(weekStartOf('2026-03-09')).toBe('2026-03-09');
  });

  it('are numbered as ISO 8601 (and Dutch calendars) do', () => {
    expect(isoWeekNumber('2026-01-01')).toBe(1);
    expect(isoWeekNumber('2026-03-05')).toBe(10);
    expect(isoWeekNumber('2027-01-01')).toBe(53);
    expect(isoWeekNumber('2024-12-30')).toBe(1);
  });

  it('group items, each week once, in time order', () => {
    const weeks = groupByWeek(['2026-03-10', '2026-03-03', '2026-03-05'], (date) => date);
    expect(weeks.map((week) => [week.start, week.end, week.items])).toEqual([
      ['2026-03-02', '2026-03-08', ['2026-03-03', '2026-03-05']],
      ['2026-03-09', '2026-03-15', ['2026-03-10']],
    ]);
  });
});
