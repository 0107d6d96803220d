import ICAL from 'ical.js';

/** An event as a calendar client reads it: times resolved through the calendar's own VTIMEZONE. */
export interface ParsedEvent {
  uid: string;
  sequence: number;
  status: string | null;
  summary: string;
  description: string;
  url: string | null;
  allDay: boolean;
  /** The wall-clock start as written (`2026-10-29T14:00:00`, or the date of an all-day event). */
  localStart: string;
  /** The zone DTSTART names; null for an all-day event. */
  zone: string | null;
  start: Date;
  end: Date | null;
  stamp: string;
  alarms: { trigger: string; related: string | null }[];
}

export interface ParsedFeed {
  name: string | null;
  method: string | null;
  /** The zones the calendar defines with a VTIMEZONE. */
  timeZones: string[];
  events: ParsedEvent[];
}

/** A value ical.js types loosely (a string, a duration, a time) as its iCalendar text. */
const text = (value: { toString(): string } | null | undefined) => value?.toString() ?? '';

/**
 * A feed read by ical.js, Mozilla's iCalendar parser (Thunderbird's): independent of the library that wrote it,
 * so what the tests check is what a calendar client sees.
 */
export function parseFeed(feed: string): ParsedFeed {
  const calendar = new ICAL.Component(ICAL.parse(feed) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((component): ParsedEvent => {
    const event = new ICAL.Event(component);
    const stamp = component.getFirstPropertyValue('dtstamp') as ICAL.Time | null;
    return {
      uid: event.uid,
      sequence: Number(component.getFirstPropertyValue('sequence') ?? 0),
      status: (component.getFirstPropertyValue('status') as string | null) ?? null,
      summary: event.summary,
      description: event.description,
      url: (component.getFirstPropertyValue('url') as string | null) ?? null,
      allDay: event.startDate.isDate,
      localStart: event.startDate.toString(),
      zone: event.startDate.isDate ? null : (event.startDate.zone?.tzid ?? null),
      start: event.startDate.toJSDate(),
      end: component.hasProperty('dtend') ? event.endDate.toJSDate() : null,
      // As written: a DTSTAMP must be UTC, ending in Z.
      stamp: stamp ? stamp.toICALString() : '',
      alarms: component.getAllSubcomponents('valarm').map((alarm) => {
        const trigger = alarm.getFirstProperty('trigger');
        return {
          trigger: text(trigger?.getFirstValue()),
          related: (trigger?.getParameter('related') as string) ?? null,
        };
      }),
    };
  });
  return {
    name: (calendar.getFirstPropertyValue('x-wr-calname') as string | null) ?? null,
    method: (calendar.getFirstPropertyValue('method') as string | null) ?? null,
    timeZones: calendar
      .getAllSubcomponents('vtimezone')
      .map((zone) => text(zone.getFirstPropertyValue('tzid'))),
    events,
  };
}
