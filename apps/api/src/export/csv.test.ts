import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  it('writes a header and rows a spreadsheet opens as they are', () => {
    expect(
      toCsv(
        ['id', 'wie'],
        [
          [1, 'Anna de Vries'],
          [2, null],
        ],
      ),
    ).toBe('\uFEFFid;wie\r\n1;Anna de Vries\r\n2;\r\n');
  });

  it('quotes separators, quotes and line breaks, and keeps formulas from running', () => {
    const csv = toCsv(['tekst'], [['a;b'], ['zei "ja"'], ['twee\nregels'], ['=HYPERLINK("x")'], [{ n: 1 }]]);
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      '"a;b"',
      '"zei ""ja"""',
      '"twee\nregels"',
      `"'=HYPERLINK(""x"")"`,
      '"{""n"":1}"',
    ]);
  });
});
