import { EXCEL_MAX_CELL_CHARS } from '../../results/excelLimits';
import { a1Address } from './address';
import type { AgreementSheetLayout } from './layout';

/**
 * The first cell of the agreement sheet that would hold more text than an Excel cell can (a rule
 * over thousands of departments, written whole into Betingelse (JSON)): where it is, as the
 * reader names cells ("Regler!G9"), and its length. Cutting it would change the agreement, so
 * the sheet is not written; null when every cell fits.
 */
export function longCell(layout: AgreementSheetLayout): { where: string; length: number } | null {
  for (const t of layout.tables) {
    const rows = [[t.title], t.headers, ...t.rows];
    for (const [r, row] of rows.entries()) {
      for (const [c, cell] of row.entries()) {
        if (typeof cell === 'string' && cell.length > EXCEL_MAX_CELL_CHARS) return { where: `${t.name}!${a1Address(t.headerRow - 1 + r, c)}`, length: cell.length };
      }
    }
  }
  return null;
}
