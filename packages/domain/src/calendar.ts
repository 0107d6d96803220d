import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';

export const weekdays = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export const weekdaySchema = z.enum(weekdays);
export type Weekday = z.infer<typeof weekdaySchema>;

export const defaultTimeZone = 'Europe/Amsterdam';

export const isoDateSchema = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });
export const clockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time of day as HH:MM (24-hour clock)' });
export const timeZoneSchema = z.string().refine((zone) => IANAZone.isValidZone(zone), {
  error: 'expected an IANA time zone such as Europe/Amsterdam',
});

/** A calendar date in a time zone, moved by whole months (end of month clamps: 31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  return DateTime.fromISO(isoDate, { zone: 'UTC' }).plus({ months }).toISODate()!;
}

export function addDays(isoDate: string, days: number): string {
  return DateTime.fromISO(isoDate, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

/** The instant a wall-clock time on a date happens in a zone (a time skipped by DST moves forward). */
export function zonedInstant(isoDate: string, clockTime: string, timeZone: string): Date {
  return DateTime.fromISO(`${isoDate}T${clockTime}`, { zone: timeZone }).toJSDate();
}

/** The first instant after a date has ended in a zone: midnight at the start of the next day. */
export function endOfDate(isoDate: string, timeZone: string): Date {
  return zonedInstant(addDays(isoDate, 1), '00:00', timeZone);
}

/** The calendar date an instant falls on in a zone. */
export function dateInZone(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate()!;
}

/** The wall-clock time (HH:MM) an instant shows in a zone. */
export function clockTimeInZone(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toFormat('HH:mm');
}
