import type { CellValue } from '../core';
import type { RangeSnapshot } from '../port/workbookPort';

/** What one request asks for to find the data: the active sheet, its used range, the selection's tables. */
export interface QueuedRead {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  tables: Excel.TableScopedCollection | null;
}

/**
 * `values` reads the cells too; `size` only where the used range lies, for a sheet to be read in
 * chunks. `sheetName` reads that sheet instead of the active one (the selection is then not asked).
 */
export function queueRead(context: Excel.RequestContext, withSelection: boolean, what: 'values' | 'size' = 'values', sheetName: string | null = null): QueuedRead {
  const sheets = context.workbook.worksheets;
  const sheet = sheetName === null ? sheets.getActiveWorksheet() : sheets.getItem(sheetName);
  sheet.load('name');
  // valuesOnly: formatting alone does not stretch the range over empty rows.
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(what === 'values' ? 'values,rowIndex,columnIndex' : 'rowIndex,columnIndex,rowCount,columnCount');
  // getSelectedRanges, not getSelectedRange: the latter fails when several areas are selected.
  const tables = withSelection && sheetName === null ? context.workbook.getSelectedRanges().getTables(false) : null;
  tables?.load('items/name');
  return { sheet, used, tables };
}

export function selectedTable(read: QueuedRead): string | null {
  return read.tables?.items[0]?.name ?? null;
}

/** The used range as read in one request; null when Excel gave no values (then the sheet is read in chunks). */
export function usedSnapshot(read: QueuedRead): RangeSnapshot | null {
  if (read.used.isNullObject) return { sheetName: read.sheet.name, firstRow: 1, firstColumn: 0, values: [], tableName: null };
  if (!Array.isArray(read.used.values)) return null;
  return { sheetName: read.sheet.name, firstRow: read.used.rowIndex + 1, firstColumn: read.used.columnIndex, values: read.used.values as CellValue[][], tableName: null };
}

export interface TableArea {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/**
 * Where a table lies, without its totals row: Table.getRange is "the entire table", the totals row
 * included when Table.showTotals is on (ExcelApi 1.3,
 * https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-showtotals-member),
 * and a row of sums is no vacancy.
 */
export function queueTableArea(context: Excel.RequestContext, name: string): () => TableArea {
  const table = context.workbook.tables.getItem(name);
  table.load('showTotals');
  const range = table.getRange();
  range.load('rowIndex,columnIndex,rowCount,columnCount');
  return () => ({ rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount: range.rowCount - (table.showTotals ? 1 : 0), columnCount: range.columnCount });
}

/**
 * The table's rows, cut from the used range already read. The columns run on to the used range's
 * right edge: the result columns are written right of the data, and only cells in the snapshot are
 * checked before they are written, so a note beside the table must be seen to be kept.
 */
export function tableSnapshot(used: RangeSnapshot, table: TableArea, tableName: string): RangeSnapshot {
  const usedRight = used.firstColumn + used.values.reduce((w, row) => Math.max(w, row.length), 0);
  const right = Math.max(table.columnIndex + table.columnCount, usedRight);
  const values: CellValue[][] = [];
  for (let r = 0; r < table.rowCount; r++) {
    const source = used.values[table.rowIndex + r + 1 - used.firstRow] ?? [];
    values.push(Array.from({ length: right - table.columnIndex }, (_, c) => source[table.columnIndex + c - used.firstColumn] ?? null));
  }
  return { sheetName: used.sheetName, firstRow: table.rowIndex + 1, firstColumn: table.columnIndex, values, tableName };
}
