/**
 * Every export of the API is a CSV file audited as operation `export` (`auditAs('export', …)` on its procedure):
 * semicolon-separated with a byte-order mark, as Dutch spreadsheet programs open it.
 */
const separator = ';';

/** A cell a spreadsheet reads safely: quoted where needed, and text that starts like a formula never run as one. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const inert = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(separator)).join('\r\n')}\r\n`;
}
