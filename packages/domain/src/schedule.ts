import { DateTime } from 'luxon';
import { addDays, weekdays, zonedInstant, type Weekday } from './calendar.js';

export interface WeeklySlot {
  weekday: Weekday;
  /** Wall-clock start in the schedule's time zone, HH:MM. */
  startTime: string;
  durationMinutes: number;
}

export interface WeeklySchedule {
  slot: WeeklySlot;
  /** First and last calendar date the schedule may use, both inclusive. */
  from: string;
  until: string;
  timeZone: string;
  /** Every n-th week, counted from the first occurrence (1 = weekly, 2 = fortnightly). */
  everyWeeks?: number;
  blackoutDates?: readonly string[];
}

export interface DatedSlot {
  date: string;
  /** ISO-8601 instants in UTC. */
  startsAt: string;
  endsAt: string;
}

/**
 * Dated occurrences of a weekly slot. Each one is built from its calendar date and wall-clock time, never by
 * adding a fixed number of milliseconds, so a 13:30 session stays at 13:30 local time across DST changes.
 * Blackout dates are skipped but keep their place in a fortnightly rhythm.
 */
export function weeklyOccurrences(input: WeeklySchedule): DatedSlot[] {
  const { slot, from, until, timeZone } = input;
  const everyWeeks = input.everyWeeks ?? 1;
  const blackout = new Set(input.blackoutDates ?? []);
  const fromWeekday = DateTime.fromISO(from, { zone: 'UTC' }).weekday; // 1 = Monday
  const targetWeekday = weekdays.indexOf(slot.weekday) + 1;
  let date = addDays(from, (targetWeekday - fromWeekday + 7) % 7);
  const result: DatedSlot[] = [];
  while (date <= until) {
    if (!blackout.has(date)) {
      const startsAt = zonedInstant(date, slot.startTime, timeZone);
      const endsAt = new Date(startsAt.getTime() + slot.durationMinutes * 60_000);
      result.push({ date, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() });
    }
    date = addDays(date, 7 * everyWeeks);
  }
  return result;
}
