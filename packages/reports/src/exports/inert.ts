/**
 * Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and some with a leading
 * tab or carriage return) as a formula. Text from the record that starts so is written as text: in a CSV file
 * after a `'` (which the spreadsheet hides), in an XLSX file as a string cell, never a formula.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** The text as a CSV cell carries it: prefixed with `'` when it would otherwise run. */
export function inertCsvText(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
