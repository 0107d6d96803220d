import type { Checkpoint } from '@leercyclus/domain';
import { dateInZone } from '@leercyclus/domain';
import type { CalendarEntry } from '../calendarEntry.js';
import { described, dutchMoment, entryUid, pageUrl, type ProcessPage, type Site } from './site.js';

const dayS = 86_400;
/** Alarms go off at 09:00 on the days the reminder cadence names, not at midnight. */
const morningS = 9 * 3600;

/**
 * An evaluation checkpoint as an all-day entry on its due date, with an alarm on each day its reminder cadence
 * reminds before it is due; a submitted one stays in the calendar, without alarms.
 */
export function checkpointEntry(
  site: Site,
  process: ProcessPage,
  checkpoint: Checkpoint,
  ownerName: string,
): CalendarEntry {
  const submitted = checkpoint.status === 'submitted';
  const url = pageUrl(site, process.path);
  const title = `Deadline: ${checkpoint.title} — ${process.title}`;
  return {
    uid: entryUid(site, process.processId, checkpoint.id),
    sequence: 0,
    cancelled: false,
    summary: submitted ? `Ingediend: ${checkpoint.title} — ${process.title}` : title,
    description: described(
      [
        `Uiterlijk ${dutchMoment(checkpoint.dueAt, process.timeZone)}.`,
        `Eigenaar: ${ownerName}.`,
        submitted ? 'De evaluatie is ingediend.' : null,
      ],
      url,
    ),
    url,
    timeZone: process.timeZone,
    when: { date: dateInZone(new Date(checkpoint.dueAt), process.timeZone) },
    alarms: submitted ? [] : checkpoint.cadence.daysBefore.map((days) => morningS - days * dayS),
  };
}
