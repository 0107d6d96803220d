import { tzlib_get_ical_block } from 'timezones-ical-library';

/**
 * The VTIMEZONE of an IANA zone, named as the events name it. The library answers a zone that is a link in the
 * time-zone database with its target's block (Europe/Amsterdam → Europe/Brussels, identical rules since 1970), so
 * the block is renamed: a TZID the calendar does not define would leave clients guessing. Null for a zone the
 * library does not know; the events still carry its IANA name.
 */
export function vtimezone(zone: string): string | null {
  const [block] = tzlib_get_ical_block(zone);
  if (!block) return null;
  return block
    .replace(/^TZID:.*$/m, `TZID:${zone}`)
    .replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${zone}`);
}
