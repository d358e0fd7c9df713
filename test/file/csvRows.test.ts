import fc from 'fast-check';
import { parseCsv, unneutralised } from '../../src/file/csv';
import { CsvRows } from '../../src/file/csvRows';
import { csvRowSource, readCsvTable } from '../../src/file/csvTable';
import { readSheet } from '../../src/core';

/** Every row of a row source, as parseCsv would give the table. */
function all(rows: CsvRows): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < rows.rowCount; i++) out.push(rows.row(i));
  return out;
}

const piece = fc.constantFrom(';', ',', '"', '""', '\n', '\r', '\r\n', 'a', 'bc', ' ', "'=1", "'-5", 'æø', '');
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

describe('CSV rows one at a time', () => {
  it('are parseCsv rows exactly, on random text with quotes, delimiters and every line break', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(';' as const, ',' as const), (t, d) => {
        const parsed = parseCsv(t, d);
        const rows = CsvRows.of(t, d);
        if (!parsed.ok) expect(rows).not.toBeInstanceOf(CsvRows);
        else {
          expect(rows).toBeInstanceOf(CsvRows);
          // readCsvTable takes off the apostrophe before formula-like text; so does row().
          expect(all(rows as CsvRows)).toEqual(parsed.rows.map((r) => r.map((c) => (c.charCodeAt(0) === 39 ? unneutralised(c) : c))));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('read out of order give the same rows (the header search reads ahead, then the reader goes back)', () => {
    const t = 'a;b\n"x;y";2\nc;d\n"q""";"r\ns"\ne;f\n';
    const rows = CsvRows.of(t, ';') as CsvRows;
    const forward = all(rows);
    const backward = [...Array(rows.rowCount).keys()]
      .reverse()
      .map((i) => rows.row(i))
      .reverse();
    expect(backward).toEqual(forward);
    expect(forward).toEqual((parseCsv(t, ';') as { rows: string[][] }).rows);
  });

  it('read as a sheet give what the whole table gives', () => {
    const t = '\uFEFFTitel\n\nLejemål;Husleje;Ledig fra\n1;"4.000,50";01-02-2024\n1;4000;01-02-2024\n2;x;\n\n3;5.000;2024-03-01\n';
    const bytes = new TextEncoder().encode(t);
    const table = readCsvTable(bytes);
    const source = csvRowSource(bytes);
    expect(table.ok && source).toBeTruthy();
    expect(readSheet(source!.rows)).toEqual(readSheet((table as { table: string[][] }).table));
  });
});

describe('decodeTextInNode', () => {
  const { decodeTextInNode } = require('../../src/file/decodeNode') as typeof import('../../src/file/decodeNode');
  const { decodeText } = require('../../src/core/util/decode') as typeof import('../../src/core/util/decode');
  const BOM = [0xef, 0xbb, 0xbf];
  it('gives decodeText exactly, on any bytes, valid UTF-8 or not, with none, one or two byte order marks', () => {
    const starts = fc.constantFrom([], BOM, [...BOM, ...BOM], [0xff, 0xfe], [0xfe, 0xff], [0xed, 0xa0, 0x80], [0xc3, 0xa6]);
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 40 }).map((b) => [...b]),
      fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => [...Buffer.from(s, 'utf8')]),
    );
    fc.assert(
      fc.property(starts, body, (start, rest) => {
        const bytes = Buffer.from([...start, ...rest]);
        expect(decodeTextInNode(bytes)).toBe(decodeText(bytes));
      }),
      { numRuns: 3000 },
    );
  });
});
