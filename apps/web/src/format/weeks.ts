/** Calendar weeks as the Netherlands count them: from Monday, week 1 holding the year's first Thursday. */

const dayMs = 86_400_000;

function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

function isoDateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week a date (`YYYY-MM-DD`) falls in. */
export function weekStartOf(isoDate: string): string {
  const date = utcDate(isoDate);
  const weekday = (date.getUTCDay() + 6) % 7; // 0 = Monday
  return isoDateOf(new Date(date.getTime() - weekday * dayMs));
}

export function addDaysTo(isoDate: string, days: number): string {
  return isoDateOf(new Date(utcDate(isoDate).getTime() + days * dayMs));
}

/** The ISO-8601 week number of a date. */
export function isoWeekNumber(isoDate: string): number {
  const date = utcDate(isoDate);
  const weekday = (date.getUTCDay() + 6) % 7;
  const thursday = new Date(date.getTime() + (3 - weekday) * dayMs);
  const firstOfYear = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - firstOfYear) / dayMs / 7) + 1;
}

export interface Week<T> {
  /** Monday, `YYYY-MM-DD`. */
  start: string;
  /** Sunday. */
  end: string;
  number: number;
  items: T[];
}

/** Items grouped per calendar week, in the order given (which should be time order). */
export function groupByWeek<T>(items: readonly T[], dateOf: (item: T) => string): Week<T>[] {
  const weeks: Week<T>[] = [];
  for (const item of items) {
    const start = weekStartOf(dateOf(item));
    let week = weeks.find((candidate) => candidate.start === start);
    if (!week) {
      week = { start, end: addDaysTo(start, 6), number: isoWeekNumber(start), items: [] };
      weeks.push(week);
    }
    week.items.push(item);
  }
  return weeks.sort((a, b) => a.start.localeCompare(b.start));
}
