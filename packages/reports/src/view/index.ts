/** What the panel's print view needs: the report's shape and its charts, without the server's PDF library. */
export type { ReportBlock, ReportChapter, ReportColumn, ReportDocument } from './document.js';
