import type { GroupMeeting } from '@leercyclus/domain';
import type { CalendarEntry } from '../calendarEntry.js';
import { described, entryUid, pageUrl, revision, type ProcessPage, type Site } from './site.js';

/** An action-learning group's meeting; the ones after the group completed are cancelled. */
export function groupMeetingEntry(site: Site, group: ProcessPage, meeting: GroupMeeting): CalendarEntry {
  const cancelled = meeting.status === 'cancelled';
  const label = `Actieleergroep — ${group.title}`;
  const url = pageUrl(site, group.path);
  return {
    uid: entryUid(site, group.processId, meeting.id),
    sequence: revision(0, cancelled),
    cancelled,
    summary: cancelled ? `Afgelast: ${label}` : label,
    description: described(
      [`Bijeenkomst van de actieleergroep: ${group.title}`, cancelled ? 'De groep is afgerond.' : null],
      url,
    ),
    url,
    timeZone: group.timeZone,
    when: { start: meeting.startsAt, end: meeting.endsAt },
    alarms: [],
  };
}
