import type { Occurrence } from '@leercyclus/domain';
import type { CalendarEntry } from '../calendarEntry.js';
import { described, dutchMoment, entryUid, pageUrl, revision, type ProcessPage, type Site } from './site.js';

function kindLabel(occurrence: Occurrence): string {
  switch (occurrence.kind) {
    case 'learningSession':
      return `Leersessie ${occurrence.district ?? ''}`.trim();
    case 'programmeTeamMeeting':
      return 'Programmateamoverleg';
    case 'partnerGathering':
      return `Partnerbijeenkomst ${occurrence.district ?? ''}`.trim();
  }
}

/**
 * A cycle's session, programme-team meeting or partner gathering. `moves` is how often the record saw it moved:
 * with a cancellation it makes the SEQUENCE, so a calendar replaces the copy it holds.
 */
export function occurrenceEntry(
  site: Site,
  cycle: ProcessPage,
  occurrence: Occurrence,
  moves: number,
): CalendarEntry {
  const cancelled = occurrence.status === 'cancelled';
  const label = `${kindLabel(occurrence)} — ${cycle.title}`;
  const url = pageUrl(site, cycle.path);
  const change = occurrence.change;
  return {
    uid: entryUid(site, cycle.processId, occurrence.id),
    sequence: revision(moves, cancelled),
    cancelled,
    summary: cancelled ? `Afgelast: ${label}` : label,
    description: described(
      [
        cycle.title,
        cancelled && change ? `Afgelast: ${change.reason}` : null,
        !cancelled && change?.movedFrom
          ? `Verplaatst van ${dutchMoment(change.movedFrom.startsAt, cycle.timeZone)}: ${change.reason}`
          : null,
      ],
      url,
    ),
    url,
    timeZone: cycle.timeZone,
    when: { start: occurrence.startsAt, end: occurrence.endsAt },
    alarms: [],
  };
}
