import { inertCsvText } from './inert.js';
import { localDateTime, type Sheet } from './sheet.js';

/** Semicolon-separated with a byte-order mark, as Dutch spreadsheet programs open a CSV file. */
const separator = ';';

/** A cell a spreadsheet reads safely: quoted where needed, and text that starts like a formula never run as one. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  // A number is data, not text someone typed: a negative one stays a number.
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const inert = inertCsvText(text);
  return /[";\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(separator)).join('\r\n')}\r\n`;
}

/** A typed sheet as CSV: dates as `2026-09-01`, moments as `2026-09-01 14:00` Amsterdam time, which Excel reads. */
export function sheetCsv(sheet: Sheet): string {
  return toCsv(
    sheet.columns.map((column) => column.header),
    sheet.rows.map((row) =>
      row.map((value, index) =>
        sheet.columns[index]?.type === 'dateTime' && typeof value === 'string' ? localDateTime(value) : value,
      ),
    ),
  );
}
