/**
 * One export as a table with typed columns, which both file formats write: XLSX (`xlsx.ts`) with dates as dates
 * and numbers as numbers, CSV (`csv.ts`) as Dutch spreadsheet programs read it.
 */
export type ColumnType = 'text' | 'number' | 'date' | 'dateTime';

/** A cell's value: text, a number, a calendar date (`2026-09-01`), an instant (ISO), or empty. */
export type CellValue = string | number | null;

export interface Sheet {
  /** The sheet's name in the workbook (at most 31 characters) and the file's base name. */
  name: string;
  fileName: string;
  columns: { header: string; type: ColumnType; width?: number }[];
  rows: CellValue[][];
}

/** Wall-clock parts of an instant in the reports' zone, as a spreadsheet shows a moment (it knows no zones). */
const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `2026-09-01 14:00` in Amsterdam time. */
export function localDateTime(instant: string): string {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
