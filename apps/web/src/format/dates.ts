import { useTranslation } from 'react-i18next';

/** The time zone of the programmes (docs/domain.md); lists show their times in it. */
export const programmeTimeZone = 'Europe/Amsterdam';

/** The BCP 47 locale of the chosen language, for `Intl` formatting. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en-GB' : 'nl-NL';
}

/** An instant as weekday, date and time of day in the given zone, e.g. "do 5 mrt 2026 13:30". */
export function formatDateTime(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** The time of day of an instant in the given zone, e.g. "13:30". */
export function formatTime(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );
}

/** The calendar date of an instant in the given zone, e.g. "donderdag 5 maart 2026". */
export function formatDayOf(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));
}

/** A plain calendar date `YYYY-MM-DD` (no time zone of its own), e.g. "5 maart 2026". */
export function formatPlainDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

/** Weekday and date of an instant in the given zone, short, e.g. "do 5 mrt". */
export function formatShortDay(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date(iso));
}

/** A plain calendar date with its weekday, short, e.g. "di 17 feb". */
export function formatPlainShortDay(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(date);
}

/** A range of plain dates, e.g. "2 – 8 maart 2026". */
export function formatPlainRange(from: string, until: string, locale: string): string {
  const start = new Date(`${from}T12:00:00Z`);
  const end = new Date(`${until}T12:00:00Z`);
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).formatRange(start, end);
}

/** The calendar date an instant falls on in a zone, `YYYY-MM-DD`. */
export function plainDateIn(instant: number, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}
