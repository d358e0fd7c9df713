import { CellValue, UncalculatedFormula } from '../types';

/** A cell as text: numbers as their digits (an xlsx cell holding 103 is "103"), dates as ISO. */
export function cellText(cell: CellValue): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  // NaN and Infinity (an xlsx number cell holding "abc" or 1e999) are not blank: the reader must see them.
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'SAND' : 'FALSK';
  // Its formula: the cell is not blank, and a copy keeps what the user wrote.
  if (cell instanceof UncalculatedFormula) return cell.toString();
  return isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
}

export function isBlank(cell: CellValue): boolean {
  return cellText(cell).trim() === '';
}

/** Index of the last cell in the row that holds anything, or -1. */
export function lastFilled(row: readonly CellValue[]): number {
  for (let c = row.length - 1; c >= 0; c--) if (!isBlank(row[c])) return c;
  return -1;
}
