import type { ResultCell } from '../core/results/resultCells';
import { a1 } from './a1';

/**
 * Excel's text format. A cell formatted as text keeps what is written into it as text, so a rule
 * named "=SUM(A1)" (or a reason starting with "-") is never evaluated as a formula; the format is
 * set before the values in the same request, and requests run in order.
 */
export const TEXT_FORMAT = '@';
const NUMBER_FORMAT = 'General';

/** Numbers stay numbers (Nr. i pulje sorts as a number); everything else is text. */
export function cellFormats(row: readonly ResultCell[]): string[] {
  return row.map((v) => (typeof v === 'number' ? NUMBER_FORMAT : TEXT_FORMAT));
}

/** Office.js leaves a cell unchanged where the array holds null; an empty string clears it. */
export function cellValues(row: readonly ResultCell[]): (string | number)[] {
  return row.map((v) => (v === null ? '' : v));
}

/** Queues one rectangle of cells: formats first, then values. */
export function writeCells(sheet: Excel.Worksheet, row: number, column: number, rows: readonly (readonly ResultCell[])[], width: number): void {
  const padded = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  const range = sheet.getRange(a1(row, column, padded.length, width));
  range.numberFormat = padded.map(cellFormats);
  range.values = padded.map(cellValues);
}
