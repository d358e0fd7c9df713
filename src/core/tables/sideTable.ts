import { cellText, isBlank } from '../sheet/cellText';
import { findHeaderRow, normaliseHeader } from '../sheet/headers';
import { CellTable, CellValue, UncalculatedFormula } from '../types';
import { CellProblemCode, SideTableKind, TableProblem, TableProblemValues } from './tableProblem';

export type { TableProblem } from './tableProblem';

/**
 * The tables that travel beside a vacancy sheet (the department register, the municipality's
 * requests) are found and read the way a vacancy sheet is: the header row is the first of the
 * first ten non-empty rows with the table's key column, headers match without regard to case,
 * spaces, dots and æ/ø/å spelt ae/oe/aa, other columns are kept and ignored, empty rows skipped.
 */
export interface ColumnSpec<K extends string> {
  key: K;
  /** The Danish name a message uses. */
  header: string;
  /** Spellings recognised, before normalising. */
  variants: readonly string[];
}

export interface TableRow {
  row: number;
  cells: readonly CellValue[];
}

export interface LocatedTable<K extends string> {
  columns: Partial<Record<K, number>>;
  rows: TableRow[];
  /** A problem at a cell, with the values it names. */
  problem<C extends CellProblemCode>(code: C, row: number, key: K, values: TableProblemValues[C]['values']): TableProblem;
}

export interface TablePosition {
  firstRow?: number;
  firstColumn?: number;
}

/**
 * The table's header and data rows, or the problem of a table without its key column (naming the
 * columns it has).
 */
export function locateTable<K extends string>(table: CellTable, specs: readonly ColumnSpec<K>[], keyColumn: K, tableKind: SideTableKind, position: TablePosition = {}): LocatedTable<K> | TableProblem {
  const firstRow = position.firstRow ?? 1;
  const firstColumn = position.firstColumn ?? 0;
  const byVariant = new Map<string, K>(specs.flatMap((s) => [s.header, ...s.variants].map((v) => [normaliseHeader(v), s.key] as const)));
  const keyOf = (cell: CellValue) => byVariant.get(normaliseHeader(cellText(cell).trim()));
  const headerIndex = findHeaderRow(table, (cells) => cells.some((c) => keyOf(c) === keyColumn));
  const keySpec = specs.find((s) => s.key === keyColumn)!;
  if (headerIndex < 0) return { code: 'emptyTable', row: null, column: null, header: null, values: { table: tableKind } };
  const header = table[headerIndex];
  const columns: Partial<Record<K, number>> = {};
  header.forEach((cell, c) => {
    const key = keyOf(cell);
    if (key !== undefined && columns[key] === undefined) columns[key] = c;
  });
  if (columns[keyColumn] === undefined) {
    const found = header.map((c) => cellText(c).trim()).filter((h) => h !== '');
    return { code: 'missingColumn', row: firstRow + headerIndex, column: null, header: null, values: { table: tableKind, column: keySpec.header, found } };
  }
  const rows: TableRow[] = [];
  for (let i = headerIndex + 1; i < table.length; i++) if (!table[i].every(isBlank)) rows.push({ row: firstRow + i, cells: table[i] });
  return {
    columns,
    rows,
    problem: (code, row, key, values) => ({ code, row, column: firstColumn + columns[key]!, header: cellText(header[columns[key]!]).trim(), values }) as TableProblem,
  };
}

export function isProblem<K extends string>(x: LocatedTable<K> | TableProblem): x is TableProblem {
  return 'code' in x;
}

/** A cell of the table as trimmed text, or the problem of a formula saved without its value. */
export function cellOf<K extends string>(t: LocatedTable<K>, r: TableRow, key: K, problems: TableProblem[]): { cell: CellValue; text: string } {
  const c = t.columns[key];
  const cell = c === undefined ? null : r.cells[c];
  if (cell instanceof UncalculatedFormula) {
    problems.push(t.problem('uncalculated', r.row, key, { formula: cell.toString() }));
    return { cell: null, text: '' };
  }
  return { cell, text: cellText(cell).trim() };
}
