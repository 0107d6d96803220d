/**
 * Reports and exports from the record: the cycle and programme reports and a management table's agenda as
 * PDF (and as the document the panel's print view draws), and the exports as XLSX and CSV. docs/reports.md.
 */
export type { ReportBlock, ReportChapter, ReportColumn, ReportDocument } from './view/document.js';
export { cycleReport, programmeReport, ReportNotFound, type BuiltReport } from './data/reports.js';
export { tableAgenda } from './data/tableAgenda.js';
export { renderPdf } from './pdf/render.js';
export { exportDatasets, exportSheet, type ExportDataset, type ExportScope } from './exports/datasets.js';
export { sheetsXlsx } from './exports/xlsx.js';
export { sheetCsv, toCsv } from './exports/csv.js';
export { looksLikeFormula } from './exports/inert.js';
export type { CellValue, ColumnType, Sheet } from './exports/sheet.js';
