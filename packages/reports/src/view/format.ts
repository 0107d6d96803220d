/** Dates, numbers and amounts as a Dutch reader writes them, whatever the server's locale. */

const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDateFormat = new Intl.DateTimeFormat('nl-NL', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
const numberFormat = new Intl.NumberFormat('nl-NL');
const euroFormat = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});

/** A calendar date (`2026-09-01`) or an instant's date in its zone, as `1 september 2026`. */
export function dutchDay(isoDate: string, timeZone = 'UTC'): string {
  if (isoDate.length === 10) return dateFormat.format(new Date(`${isoDate}T12:00:00Z`));
  return new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(new Date(isoDate));
}

/** As `01-09-2026`: for table cells, where space is short. */
export function shortDay(isoDate: string, timeZone = 'UTC'): string {
  if (isoDate.length === 10) return shortDateFormat.format(new Date(`${isoDate}T12:00:00Z`));
  return new Intl.DateTimeFormat('nl-NL', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone,
  }).format(new Date(isoDate));
}

/** An instant as `30 november 2026 om 14:02` in the zone. */
export function dutchMoment(instant: Date, timeZone: string): string {
  const day = dutchDay(instant.toISOString(), timeZone);
  const time = new Intl.DateTimeFormat('nl-NL', { timeStyle: 'short', timeZone }).format(instant);
  return `${day} om ${time}`;
}

export const dutchNumber = (value: number): string => numberFormat.format(value);
/** Whole euros: `€ 17.500`. */
export const euros = (value: number): string => euroFormat.format(value);
