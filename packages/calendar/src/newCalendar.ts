import ical, { type ICalCalendar, type ICalCalendarMethod } from 'ical-generator';
import { defaultTimeZone } from '@leercyclus/domain';
import { vtimezone } from './timeZones.js';

/**
 * An empty calendar as Leercyclus writes every one, a feed or an invitation: a VTIMEZONE for each zone its
 * events use, and times in the zone where they happen, so 14:00 stays 14:00 on both sides of a DST change.
 */
export function newCalendar(options: { method: ICalCalendarMethod; name?: string }): ICalCalendar {
  return ical({
    prodId: { company: 'Leercyclus', product: 'Leercyclus', language: 'NL' },
    method: options.method,
    ...(options.name === undefined ? {} : { name: options.name }),
    // No calendar-wide zone name: ical-generator would then write DTSTAMP without its Z. The zone the panel
    // shows times in goes in X-WR-TIMEZONE, which Google and Apple read as the calendar's own.
    timezone: { name: null, generator: vtimezone },
    x: [['X-WR-TIMEZONE', defaultTimeZone]],
  });
}
