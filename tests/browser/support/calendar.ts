import type { Page } from 'playwright-core';

/** The accessible name Mantine's calendar gives a day: "5 maart 2026" in Dutch. */
export function dayLabel(isoDate: string): string {
  return new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

/**
 * Picks a date in the open calendar of a date field, moving month by month (back or forth) until the day is
 * shown. The calendar opens at the month of the field's value or its default date.
 */
export async function pickDate(page: Page, isoDate: string): Promise<void> {
  const day = page.getByRole('button', { name: dayLabel(isoDate), exact: true });
  const target = isoDate.slice(0, 7);
  for (let step = 0; step < 24 && !(await day.first().isVisible()); step += 1) {
    // The calendar's header button (named "Kies een maand") shows the month in Dutch, e.g. "maart 2026".
    const header = await page.getByRole('button', { name: 'Kies een maand' }).first().innerText();
    const shown = monthOf(header);
    const direction = shown !== null && shown > target ? 'Vorige maand' : 'Volgende maand';
    await page.getByRole('button', { name: direction }).first().click();
  }
  await day.first().click();
}

const dutchMonths = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

function monthOf(header: string): string | null {
  const match = /([a-z]+)\s+(\d{4})/i.exec(header.trim());
  if (!match) return null;
  const month = dutchMonths.indexOf(match[1]!.toLowerCase());
  return month === -1 ? null : `${match[2]}-${String(month + 1).padStart(2, '0')}`;
}
