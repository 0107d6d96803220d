/** For the report tests and the bench: a cycle the record holds, and a PDF read back. */
export { aReportedCycle, type ReportedCycleOptions } from './reportedCycle.js';
export { pdfText } from './pdfText.js';
