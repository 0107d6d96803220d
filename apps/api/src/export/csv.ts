/**
 * Every export of the API is a CSV or XLSX file audited as operation `export` (`auditAs('export', …)` on its
 * procedure). The CSV writing, with its formula-injection guard, is the reports package's, shared by all.
 */
export { toCsv } from '@leercyclus/reports';
