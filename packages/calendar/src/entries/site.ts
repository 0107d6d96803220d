import { DateTime } from 'luxon';

/** Where the panel is (PUBLIC_URL): entries link to its pages and take its host in their UIDs. */
export interface Site {
  publicUrl: string;
}

/** A page of the process an entry belongs to: its workflow id, its title, its zone and its page in the panel. */
export interface ProcessPage {
  processId: string;
  title: string;
  timeZone: string;
  path: string;
}

/** `<process id>/<item id>@<host>`: the same item of the same process is the same event everywhere. */
export function entryUid(site: Site, processId: string, itemId: string): string {
  return `${processId}/${itemId}@${new URL(site.publicUrl).hostname}`;
}

export function pageUrl(site: Site, path: string): string {
  return new URL(path, site.publicUrl).toString();
}

/** A calendar takes an event over its copy when SEQUENCE rises: each move does, and so does the cancellation. */
export function revision(moves: number, cancelled: boolean): number {
  return moves + (cancelled ? 1 : 0);
}

/** "donderdag 29 oktober 2026 om 14:00", in the zone where it happens. */
export function dutchMoment(iso: string, timeZone: string): string {
  return DateTime.fromISO(iso, { zone: timeZone }).setLocale('nl').toFormat("cccc d LLLL yyyy 'om' HH:mm");
}

/** The lines of a description, closed by the link to the page (Outlook shows no URL property). */
export function described(lines: readonly (string | null)[], url: string): string {
  return [...lines.filter((line) => line !== null), `In Leercyclus: ${url}`].join('\n');
}
