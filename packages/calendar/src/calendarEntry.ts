import { DateTime } from 'luxon';
import { ICalAlarmType, ICalEventStatus, type ICalCalendar, type ICalEvent } from 'ical-generator';

/**
 * One dated thing in a person's calendar (a session, a meeting, a deadline), as Leercyclus describes it to any
 * calendar: in a subscribed feed, or alone in an invitation or its update.
 */
export interface CalendarEntry {
  /** Stable for ever: the same session is the same event in every feed and every invitation. */
  uid: string;
  /** Raised with every change a calendar must take over the copy it has (a move, a cancellation). */
  sequence: number;
  cancelled: boolean;
  summary: string;
  description: string;
  /** The page in the panel. */
  url: string;
  timeZone: string;
  /** A timed event between two instants, or an all-day one on a date in its zone. */
  when: { start: string; end: string } | { date: string };
  /** Reminders, each in seconds from the start (negative: before it); an all-day entry starts at its midnight. */
  alarms: readonly number[];
}

/** Adds the entry to a calendar as a VEVENT stamped `stamp`. */
export function addCalendarEntry(calendar: ICalCalendar, entry: CalendarEntry, stamp: Date): ICalEvent {
  const zoned = (iso: string) => DateTime.fromISO(iso, { zone: entry.timeZone });
  const event = calendar.createEvent({
    id: entry.uid,
    sequence: entry.sequence,
    stamp,
    summary: entry.summary,
    description: entry.description,
    url: entry.url,
    status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    ...('date' in entry.when
      ? { start: zoned(entry.when.date), allDay: true }
      : { start: zoned(entry.when.start), end: zoned(entry.when.end), timezone: entry.timeZone }),
  });
  for (const seconds of entry.alarms) {
    // ical-generator counts a trigger in seconds before the start; RELATED=START, also for positive offsets.
    event
      .createAlarm({ type: ICalAlarmType.display, trigger: -seconds, description: entry.summary })
      .relatesTo('START');
  }
  return event;
}
