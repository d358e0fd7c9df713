import { cellText, isBlank } from '../../sheet/cellText';
import { normaliseHeader } from '../../sheet/headers';
import { CellValue } from '../../types';
import type { AgreementIssue } from '../agreementError';
import { AgreementError } from '../types';
import { a1Address } from './address';
import { FoundBlock } from './blocks';

/** A data row of a table: its index below the header (0-based) and its cells. */
export interface DataRow {
  index: number;
  cells: CellValue[];
}

/**
 * One table of the agreement sheet being read: headers, data rows, and the place of every cell,
 * so each error names its cell (`Regler!D5`) and can select it.
 */
export class TableCells {
  readonly headers: string[];
  readonly rows: DataRow[];

  constructor(readonly found: FoundBlock) {
    const [header = [], ...data] = found.block.values;
    this.headers = header.map((h) => cellText(h).trim());
    // Empty rows inside a table are skipped; a block typed by hand has none (it ends at the first).
    this.rows = data.map((cells, index) => ({ index, cells })).filter((r) => !r.cells.every(isBlank));
  }

  /** The column whose header reads as `name` (case, spaces and dots aside), or -1. */
  column(name: string): number {
    const wanted = normaliseHeader(name);
    return this.headers.findIndex((h) => normaliseHeader(h) === wanted);
  }

  value(row: DataRow, column: number): CellValue {
    return column < 0 ? null : (row.cells[column] ?? null);
  }

  text(row: DataRow, column: number): string {
    return cellText(this.value(row, column)).trim();
  }

  /** Each data row read by `read`, and the indices of the rows that added an error (a bad cell). */
  readEach<T>(read: (row: DataRow) => T, errors: readonly AgreementError[]): { items: T[]; broken: Set<number> } {
    const broken = new Set<number>();
    const items = this.rows.map((row, i) => {
      const before = errors.length;
      const item = read(row);
      if (errors.length > before) broken.add(i);
      return item;
    });
    return { items, broken };
  }

  /** An error at a cell; row -1 is the header row. */
  error(row: DataRow | -1, column: number, issue: AgreementIssue, inner?: (string | number)[]): AgreementError {
    const { block, table } = this.found;
    const sheetRow = block.firstRow + 1 + (row === -1 ? -1 : row.index);
    const sheetColumn = block.firstColumn + Math.max(0, column);
    return {
      ...issue,
      where: `${table}!${a1Address(sheetRow, sheetColumn)}`,
      cell: { sheet: block.sheetName, row: sheetRow, column: sheetColumn },
      ...(inner !== undefined && inner.length > 0 ? { inner } : {}),
    };
  }
}
