import { Delimiter, detectDelimiter, parseCsv, unneutralised } from './csv';
import { decodeText } from '../core/util';
import { CsvRows } from './csvRows';

export type CsvTable = { ok: true; table: string[][]; delimiter: Delimiter } | { ok: false; unclosedQuoteLine: number };

/**
 * A CSV file's bytes as the table of text cells the sheet reader takes: the encoding and the
 * delimiter found by themselves, and the apostrophe the CSV writer puts before formula-like text
 * taken off again. One reading for the command line and the workbench.
 */
export function readCsvTable(bytes: Uint8Array): CsvTable {
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  const parsed = parseCsv(text, delimiter);
  if (!parsed.ok) return parsed;
  for (const row of parsed.rows) for (let c = 0; c < row.length; c++) if (row[c].charCodeAt(0) === 39) row[c] = unneutralised(row[c]);
  return { ok: true, table: parsed.rows, delimiter };
}

/** The same reading as a row source (src/file/csvRows.ts); null when a quote never closes, which readCsvTable reports. */
export function csvRowSource(bytes: Uint8Array, decode: (bytes: Uint8Array) => string = decodeText): { rows: CsvRows; delimiter: Delimiter } | null {
  const text = decode(bytes).replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  const rows = CsvRows.of(text, delimiter);
  return rows instanceof CsvRows ? { rows, delimiter } : null;
}
