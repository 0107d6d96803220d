/** A moment as a Dutch reader expects it in a message: `dinsdag 10 november 2026 om 17:00`. */
export function dutchDateTime(iso: string, timeZone: string): string {
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'full', timeZone }).format(date);
  const time = new Intl.DateTimeFormat('nl-NL', { timeStyle: 'short', timeZone }).format(date);
  return `${day} om ${time}`;
}

/** A date as `dinsdag 10 november 2026`. */
export function dutchDate(isoDate: string): string {
  return new Intl.DateTimeFormat('nl-NL', { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T12:00:00Z`),
  );
}
