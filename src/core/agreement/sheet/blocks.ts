import { cellText, isBlank } from '../../sheet/cellText';
import { normaliseHeader } from '../../sheet/headers';
import { AgreementSheetCells, CellBlock } from './cells';

/** One table of the agreement sheet as found: its name, and its cells with the header row first. */
export interface FoundBlock {
  table: string;
  block: CellBlock;
}

/**
 * The table by name, else a block of the sheet whose header row starts with `firstHeader`
 * (its first non-empty cell), running down to the first empty row and right from that cell.
 */
export function findBlock(cells: AgreementSheetCells, table: string, firstHeader: string): FoundBlock | null {
  const named = cells.tables[table];
  if (named) return { table, block: named };
  const sheet = cells.sheet;
  if (sheet === null) return null;
  const wanted = normaliseHeader(firstHeader);
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    const first = row.findIndex((c) => !isBlank(c));
    if (first < 0 || normaliseHeader(cellText(row[first])) !== wanted) continue;
    let end = r + 1;
    while (end < sheet.values.length && !sheet.values[end].every(isBlank)) end++;
    const width = Math.max(...sheet.values.slice(r, end).map((v) => v.length)) - first;
    const values = sheet.values.slice(r, end).map((v) => Array.from({ length: width }, (_, c) => v[first + c] ?? null));
    return { table, block: { sheetName: sheet.sheetName, firstRow: sheet.firstRow + r, firstColumn: sheet.firstColumn + first, values } };
  }
  return null;
}
