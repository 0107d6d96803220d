import { dateInZone } from '@leercyclus/domain';
import type { CalendarEntry } from '../calendarEntry.js';
import { described, entryUid, pageUrl, type ProcessPage, type Site } from './site.js';

/** A table's configuration says when it meets, not for how long: a calendar reserves two hours. */
const meetingMs = 2 * 60 * 60_000;

/** A management table's monthly meeting, one per month (its id is the month, so a changed weekday moves it). */
export function tableMeetingEntry(site: Site, table: ProcessPage, startsAt: Date): CalendarEntry {
  const url = pageUrl(site, table.path);
  return {
    uid: entryUid(site, table.processId, `meeting:${dateInZone(startsAt, table.timeZone).slice(0, 7)}`),
    sequence: 0,
    cancelled: false,
    summary: `Vergadering ${table.title}`,
    description: described([`${table.title}: de openstaande escalaties staan in het postvak.`], url),
    url,
    timeZone: table.timeZone,
    when: {
      start: startsAt.toISOString(),
      end: new Date(startsAt.getTime() + meetingMs).toISOString(),
    },
    alarms: [],
  };
}
