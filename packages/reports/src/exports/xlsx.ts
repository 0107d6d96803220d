import ExcelJS from 'exceljs';
import { localDateTime, type CellValue, type ColumnType, type Sheet } from './sheet.js';

const formats: Partial<Record<ColumnType, string>> = { date: 'dd-mm-yyyy', dateTime: 'dd-mm-yyyy hh:mm' };

/** A date a spreadsheet shows as it was meant: the wall-clock date and time, stored as if in UTC. */
function asDate(value: string, type: 'date' | 'dateTime'): Date {
  const text = type === 'date' ? value.slice(0, 10) : localDateTime(value);
  return new Date(`${text.replace(' ', 'T')}${text.length === 10 ? 'T00:00' : ''}:00Z`);
}

function typed(value: CellValue, type: ColumnType): ExcelJS.CellValue {
  if (value === null) return null;
  if (type === 'number' && typeof value === 'number') return value;
  if ((type === 'date' || type === 'dateTime') && typeof value === 'string') return asDate(value, type);
  // Text, however it starts, is a string cell: never a formula (exceljs writes one only from `{ formula }`).
  return String(value);
}

/** A workbook with one sheet per export: a header row, typed cells, and a frozen header. */
export async function sheetsXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Leercyclus';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    worksheet.columns = sheet.columns.map((column) => ({
      header: column.header,
      width: column.width ?? Math.max(10, column.header.length + 2),
      style: formats[column.type] ? { numFmt: formats[column.type] } : {},
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) {
      worksheet.addRow(row.map((value, index) => typed(value, sheet.columns[index]?.type ?? 'text')));
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
