import { escapeHtml } from '@leercyclus/domain';

/**
 * Horizontal bar charts as SVG, for the PDF (pdfmake draws SVG as vectors) and the print view alike. Bars run
 * sideways so that long Dutch labels ("Vraag om diagnose of behandeling") stay readable.
 */

export interface BarChartInput {
  /** One group of bars per row, one bar per series. */
  rows: { label: string; values: number[] }[];
  /** The series' names, for the legend (e.g. the cycles); one series draws no legend. */
  series: string[];
  /** How a bar's value is written beside it. */
  format?: (value: number) => string;
  width?: number;
}

export interface Chart {
  svg: string;
  width: number;
  height: number;
}

const palette = ['#0b7285', '#1971c2', '#862e9c', '#e8590c', '#2b8a3e', '#c2255c', '#5c940d', '#364fc7'];
const font = 'font-family="Roboto, Helvetica, Arial, sans-serif"';
const labelWidth = 170;
const barHeight = 10;
const gap = 6;
const legendRow = 14;

/** A label cut to what fits beside the bars, whole words where it can. */
function fitted(label: string, max = 34): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

export function barChart(input: BarChartInput): Chart {
  const width = input.width ?? 500;
  const format = input.format ?? ((value: number) => String(value));
  const seriesCount = Math.max(1, input.series.length);
  const legendRows = input.series.length > 1 ? Math.ceil(input.series.length / 4) : 0;
  const top = legendRows * legendRow + (legendRows > 0 ? 6 : 0);
  const groupHeight = seriesCount * barHeight + gap;
  const height = top + Math.max(1, input.rows.length) * groupHeight + 4;
  const max = Math.max(1, ...input.rows.flatMap((row) => row.values));
  const room = width - labelWidth - 60;
  const parts: string[] = [];

  input.series.forEach((name, index) => {
    if (input.series.length < 2) return;
    const x = (index % 4) * (width / 4);
    const y = Math.floor(index / 4) * legendRow;
    parts.push(
      `<rect x="${x}" y="${y + 2}" width="9" height="9" fill="${palette[index % palette.length]}"/>`,
      `<text x="${x + 13}" y="${y + 10}" font-size="8" ${font}>${escapeHtml(fitted(name, 28))}</text>`,
    );
  });

  input.rows.forEach((row, rowIndex) => {
    const y = top + rowIndex * groupHeight;
    const middle = y + (seriesCount * barHeight) / 2 + 3;
    parts.push(
      `<text x="${labelWidth - 6}" y="${middle}" font-size="8" text-anchor="end" ${font}>${escapeHtml(fitted(row.label))}</text>`,
    );
    row.values.forEach((value, seriesIndex) => {
      const barY = y + seriesIndex * barHeight;
      const length = (value / max) * room;
      parts.push(
        `<rect x="${labelWidth}" y="${barY}" width="${length.toFixed(1)}" height="${barHeight - 2}" fill="${palette[seriesIndex % palette.length]}"/>`,
        `<text x="${(labelWidth + length + 3).toFixed(1)}" y="${barY + barHeight - 3}" font-size="7" ${font}>${escapeHtml(format(value))}</text>`,
      );
    });
  });
  parts.push(
    `<line x1="${labelWidth}" y1="${top}" x2="${labelWidth}" y2="${height - 2}" stroke="#495057" stroke-width="0.5"/>`,
  );

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
  return { svg, width, height };
}
