/**
 * A report as both its renderings draw it: the PDF (`pdf/render.ts`, on the server) and the panel's print view
 * (apps/web, `ReportView`). Everything in it is already worded in Dutch and counted, so the two cannot differ.
 */

/** One column of a table: numbers and amounts align right. */
export interface ReportColumn {
  header: string;
  align?: 'left' | 'right';
  /** A share of the page width, as pdfmake's `*` widths weigh them. */
  weight?: number;
}

export type ReportBlock =
  | { kind: 'paragraph'; text: string; note?: boolean }
  /** Label and value pairs: "Bijeenkomsten gehouden: 13". */
  | { kind: 'figures'; rows: { label: string; value: string }[] }
  | { kind: 'table'; caption: string; columns: ReportColumn[]; rows: string[][]; empty: string }
  /** A chart drawn as SVG (`view/charts.ts`), with its caption. */
  | { kind: 'chart'; caption: string; svg: string; width: number; height: number }
  | { kind: 'subheading'; text: string };

export interface ReportChapter {
  /** The anchor of the chapter in the print view and the contents. */
  id: string;
  heading: string;
  blocks: ReportBlock[];
}

export interface ReportDocument {
  /** e.g. "Rapportage leercyclus 3". */
  title: string;
  subtitle: string;
  /** "1 september 2026 t/m 30 november 2026". */
  period: string;
  /** "gegenereerd op 30 november 2026 om 14:02". */
  generated: string;
  /** What the report covers, for the title page: programme, districts, management table. */
  about: { label: string; value: string }[];
  chapters: ReportChapter[];
}
