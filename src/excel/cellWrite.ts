import { toExcelSerial } from '../core/sheet';
import { DANISH_DATE_FORMAT, isDateCell, ReportCell } from '../core/results';
import { a1 } from './a1';

/**
 * Excel's text format. A cell formatted as text keeps what is written into it as text, so a rule
 * named "=SUM(A1)" (or a reason starting with "-") is never evaluated as a formula; the format is
 * set before the values in the same request, and requests run in order.
 */
export const TEXT_FORMAT = '@';
const NUMBER_FORMAT = 'General';

/**
 * Numbers stay numbers (Nr. i pulje sorts as a number); dates get a date format over their serial
 * number; everything else is text. Range.numberFormat takes Excel's format codes
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member).
 */
export function cellFormats(row: readonly ReportCell[]): string[] {
  return row.map((v) => (typeof v === 'number' ? NUMBER_FORMAT : isDateCell(v) ? DANISH_DATE_FORMAT : TEXT_FORMAT));
}

/**
 * Office.js leaves a cell unchanged where the array holds null; an empty string clears it. A date
 * is written as its serial number in the 1900 date system, which is how Excel stores dates
 * (https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system) and how the
 * sheet reader reads them back.
 */
export function cellValues(row: readonly ReportCell[]): (string | number)[] {
  return row.map((v) => (v === null ? '' : isDateCell(v) ? toExcelSerial(v.date) : v));
}

/** Queues one rectangle of cells: formats first, then values. */
export function writeCells(sheet: Excel.Worksheet, row: number, column: number, rows: readonly (readonly ReportCell[])[], width: number): void {
  const padded = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  const range = sheet.getRange(a1(row, column, padded.length, width));
  range.numberFormat = padded.map(cellFormats);
  range.values = padded.map(cellValues);
}

/**
 * The first text in the rows that Excel would take for a formula or a number if the "@" format did
 * not keep it as text: where the self-test found that it does not, such text is not written at all.
 */
export function firstFormulaLike(rows: readonly (readonly ReportCell[])[]): { row: number; column: number; text: string } | null {
  for (const [r, row] of rows.entries()) {
    for (const [c, cell] of row.entries()) if (typeof cell === 'string' && /^[=+\-@]/.test(cell)) return { row: r, column: c, text: cell };
  }
  return null;
}
