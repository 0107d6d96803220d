import { ICalCalendarMethod } from 'ical-generator';
import { addCalendarEntry, type CalendarEntry } from './calendarEntry.js';
import { newCalendar } from './newCalendar.js';

/** How often a subscribed calendar should fetch the feed again. */
const refreshSeconds = 60 * 60;

/** A subscribed calendar (X-WR-CALNAME `Leercyclus — <name>`) with its entries, as iCalendar text. */
export function calendarFeed(name: string, entries: readonly CalendarEntry[], now: Date): string {
  const calendar = newCalendar({ method: ICalCalendarMethod.PUBLISH, name: `Leercyclus — ${name}` });
  calendar.ttl(refreshSeconds);
  for (const entry of entries) addCalendarEntry(calendar, entry, now);
  return calendar.toString();
}
