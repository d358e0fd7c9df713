import { Agreement } from '../agreement/types';
import * as da from '../da';
import { Decision } from '../types';

/** A date the add-in writes as a date cell (Excel's serial number, shown dd-mm-yyyy), not as text. */
export interface DateCell {
  date: string;
}

/** A cell of the result columns: text or a number (Nr. i pulje). */
export type ResultCell = string | number | null;

/** A cell of a report sheet: a result cell, or a date. */
export type ReportCell = ResultCell | DateCell;

export function isDateCell(cell: unknown): cell is DateCell {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date) && typeof (cell as DateCell).date === 'string';
}

/** A report cell as text, a date as Danish Excel shows it (01-03-2024). */
export function reportCellText(cell: ReportCell): string {
  if (cell === null) return '';
  return isDateCell(cell) ? cell.date.split('-').reverse().join('-') : String(cell);
}

/** How Danish Excel shows a date (the short date format of the Danish locale). */
export const DANISH_DATE_FORMAT = 'dd-mm-yyyy';

/** The five result columns (Anvisning, Regel, Pulje, Nr. i pulje, Begrundelse) for one decision. */
export function resultCells(d: Decision, agreement: Agreement): ResultCell[] {
  const pool = d.pool === null ? null : (agreement.pools.get(d.pool)?.label ?? d.pool);
  return [da.outcomeLabel[d.outcome], d.rule, pool, d.position, d.reason];
}

/**
 * Where the result columns go: over an earlier run's result block if the header row has one
 * at the right edge (the product owns those cells), else at `free` (by default right of the last
 * column that holds anything).
 */
export function resultColumnStart(headerCells: readonly unknown[], usedWidth: number, free = usedWidth): number {
  const headers = da.resultColumns as readonly string[];
  for (let c = 0; c + headers.length <= headerCells.length; c++) {
    const isOurBlock = headers.every((h, i) => String(headerCells[c + i] ?? '').trim() === h);
    if (isOurBlock && c + headers.length >= usedWidth) return c;
  }
  return free;
}
