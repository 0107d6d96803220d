import type { ReportBlock, ReportDocument } from '../view/document.js';
import { fontFolder, fonts } from './fonts.js';
import { pdfmake, type Content, type DocumentDefinition, type TableCell } from './pdfmake.js';

pdfmake.setFonts(fonts);
// A report holds no images or links to load: the library reads its fonts and nothing else.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontFolder));

const pageWidth = 595.28 - 2 * 50;

/** Column widths in points from their weights, the cells' padding (4 pt each side) left out. */
function widths(weights: number[]): number[] {
  const room = pageWidth - weights.length * 8 - 1;
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((weight) => Math.floor((weight / total) * room));
}

function table(block: Extract<ReportBlock, { kind: 'table' }>): Content {
  if (block.rows.length === 0) return { text: block.empty, italics: true, margin: [0, 2, 0, 8] };
  const header: TableCell[] = block.columns.map((column) => ({
    text: column.header,
    style: 'tableHeader',
    alignment: column.align ?? 'left',
  }));
  const body: TableCell[][] = block.rows.map((row) =>
    row.map((cell, index) => ({ text: cell, alignment: block.columns[index]?.align ?? 'left' })),
  );
  return {
    margin: [0, 2, 0, 10],
    style: 'table',
    // The header row repeats on every page the table runs onto; a row is never split across two pages.
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: widths(block.columns.map((column) => column.weight ?? 1)),
      body: [header, ...body],
    },
    layout: 'lightHorizontalLines',
  };
}

function block(b: ReportBlock): Content {
  switch (b.kind) {
    case 'paragraph':
      return {
        text: b.text,
        margin: [0, 0, 0, 8],
        ...(b.note ? { italics: true, margin: [12, 0, 0, 8] } : {}),
      };
    case 'subheading':
      return { text: b.text, style: 'subheading' };
    case 'figures':
      return {
        margin: [0, 0, 0, 10],
        table: {
          widths: [200, '*'],
          body: b.rows.map((row) => [{ text: row.label }, { text: row.value, bold: true }]),
        },
        layout: 'noBorders',
      };
    case 'table':
      return table(b);
    case 'chart':
      return {
        stack: [
          { text: b.caption, style: 'caption' },
          { svg: b.svg, width: Math.min(pageWidth, b.width) },
        ],
        margin: [0, 4, 0, 12],
        unbreakable: b.height < 700,
      };
  }
}

function definition(doc: ReportDocument): DocumentDefinition {
  const titlePage: Content[] = [
    { text: doc.title, style: 'title', margin: [0, 160, 0, 8] },
    { text: doc.subtitle, style: 'subtitle' },
    { text: `Periode: ${doc.period}`, margin: [0, 24, 0, 4] },
    ...doc.about.map((row): Content => ({ text: `${row.label}: ${row.value}`, margin: [0, 0, 0, 4] })),
    { text: doc.generated, margin: [0, 24, 0, 0], color: '#495057' },
    {
      text: 'Casussen staan alleen met hun code in dit rapport; het bevat geen namen of geboortedata.',
      margin: [0, 8, 0, 0],
      color: '#495057',
      fontSize: 8,
    },
  ];
  const contents: Content = {
    toc: { title: { text: 'Inhoud', style: 'heading' } },
    pageBreak: 'before',
  };
  const chapters = doc.chapters.map((chapter, index): Content => [
    {
      text: `${index + 1}. ${chapter.heading}`,
      style: 'heading',
      tocItem: true,
      pageBreak: 'before',
    },
    ...chapter.blocks.map(block),
  ]);
  return {
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 50],
    info: { title: doc.title, subject: doc.period, creator: 'Leercyclus' },
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 24, bold: true },
      subtitle: { fontSize: 14, color: '#343a40' },
      heading: { fontSize: 15, bold: true, margin: [0, 0, 0, 10] },
      subheading: { fontSize: 11, bold: true, margin: [0, 6, 0, 4] },
      caption: { fontSize: 9, bold: true, margin: [0, 0, 0, 4] },
      table: { fontSize: 8 },
      tableHeader: { bold: true, fillColor: '#e9ecef' },
    },
    footer: (page: number, pages: number) =>
      page === 1
        ? ''
        : {
            columns: [
              { text: `${doc.title} · ${doc.period}`, color: '#868e96' },
              { text: `pagina ${page} van ${pages}`, alignment: 'right' },
            ],
            margin: [50, 16, 50, 0],
            fontSize: 7,
          },
    content: [...titlePage, contents, ...chapters],
  };
}

/** The report as a PDF: title page, contents, numbered chapters, vector charts, page numbers. */
export function renderPdf(doc: ReportDocument): Promise<Buffer> {
  return pdfmake.createPdf(definition(doc)).getBuffer();
}
