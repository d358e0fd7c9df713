import type { CellValue } from '../core';
import { AgreementSheetCells, CellBlock } from '../core/agreement';
import { AgreementSheetLayout, columnWidths, ColumnValidation, TableLayout } from '../core/agreement';
import { sameName, uniqueSheetName } from '../core/results';
import type { AgreementSheetWrite } from '../port/workbookPort';
import { a1 } from './a1';
import { writeCells } from './cellWrite';
import { addExcelTable } from './excelTable';

/** Excel's column width is in points; a character of the default font is about seven. */
const POINTS_PER_CHARACTER = 7;

/**
 * The agreement sheet into Excel. Two requests find out what is there (a sheet of that name, tables
 * of those names and where they are), one writes everything. *OrNullObject gives an object whose
 * isNullObject is read after the sync, instead of an error when the item is missing
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getitemornullobject-member(1)).
 */
export async function writeAgreementSheetIn(context: Excel.RequestContext, layout: AgreementSheetLayout, replace: boolean): Promise<AgreementSheetWrite> {
  const { workbook } = context;
  const existing = workbook.worksheets.getItemOrNullObject(layout.sheetName);
  existing.load('name');
  const sheets = workbook.worksheets;
  sheets.load('items/name');
  const tables = workbook.tables;
  tables.load('items/name');
  await context.sync();
  if (!existing.isNullObject && !replace) return { ok: false, reason: 'sheetExists', name: existing.name };
  // A table name is unique in the whole workbook (https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-name-member):
  // one of ours on another sheet would make renaming ours fail halfway.
  const ours = tables.items.filter((t) => layout.tables.some((l) => sameName(l.name, t.name)));
  let onOurSheet = new Set<string>();
  if (ours.length > 0 && !existing.isNullObject) {
    const there = existing.tables;
    there.load('items/name');
    await context.sync();
    onOurSheet = new Set(there.items.map((t) => t.name.toLowerCase()));
  }
  const taken = ours.find((t) => !onOurSheet.has(t.name.toLowerCase()));
  if (taken) return { ok: false, reason: 'tableNameTaken', name: taken.name };

  // The new sheet comes first under a free name: Excel will not delete a workbook's only sheet, and
  // the old sheet's tables must be gone before ours take their names. All of it is one request.
  const sheet = workbook.worksheets.add(
    uniqueSheetName(
      layout.sheetName,
      sheets.items.map((s) => s.name),
    ),
  );
  if (!existing.isNullObject) existing.delete();
  for (const t of layout.tables) writeTable(sheet, t);
  columnWidths(layout).forEach((w, c) => (sheet.getRange(a1(1, c)).format.columnWidth = w * POINTS_PER_CHARACTER));
  sheet.name = layout.sheetName;
  sheet.activate();
  sheet.getRange('A1').select();
  await context.sync();
  return { ok: true, sheetName: layout.sheetName };
}

function writeTable(sheet: Excel.Worksheet, t: TableLayout): void {
  writeCells(sheet, t.headerRow - 1, 0, [[t.title]], 1);
  sheet.getRange(a1(t.headerRow - 1, 0)).format.font.bold = true;
  // Text cells are formatted as text before their values are written (cellWrite.ts), so "=…" stays text and 1-2 no date.
  writeCells(sheet, t.headerRow, 0, [t.headers, ...t.rows], t.headers.length);
  addExcelTable(sheet, { name: t.name, headerRow: t.headerRow, width: t.headers.length, dataRows: t.rows.length });
  for (const v of t.validations) addValidation(sheet, t, v);
}

/**
 * A drop-down on the column's data cells: a list is given as comma-separated text, a range as a
 * Range object (https://learn.microsoft.com/en-us/javascript/api/excel/excel.listdatavalidation).
 * Without the alert Excel offers the list and takes any other value typed
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidationerroralert). Excel
 * checks only what is typed into a cell, not what is pasted
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-data-validation),
 * so reading the sheet checks every cell again.
 */
function addValidation(sheet: Excel.Worksheet, t: TableLayout, v: ColumnValidation): void {
  const first = t.headerRow + 1 + (v.row ?? 0);
  const rows = v.row === undefined ? t.rows.length : 1;
  const range = sheet.getRange(a1(first, v.column, rows, 1));
  const source = Array.isArray(v.list) ? v.list.join(',') : sheet.getRange(v.list.range);
  range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  range.dataValidation.errorAlert = { showAlert: v.strict, style: 'Stop', title: v.alert?.title ?? '', message: v.alert?.message ?? '' };
}

/**
 * The tables of these names, wherever they are, and the used range of the sheet when a table is
 * missing (it may be typed by hand, without tables). One request finds them, one reads them.
 */
export async function readAgreementSheetIn(context: Excel.RequestContext, sheetName: string, tableNames: readonly string[]): Promise<AgreementSheetCells> {
  const { workbook } = context;
  const found = tableNames.map((name) => {
    const table = workbook.tables.getItemOrNullObject(name);
    table.load('name');
    return { name, table };
  });
  const sheet = workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load('name');
  await context.sync();

  const reads = found
    .filter((f) => !f.table.isNullObject)
    .map(({ name, table }) => {
      const range = table.getRange();
      range.load('values,rowIndex,columnIndex');
      const where = table.worksheet;
      where.load('name');
      return { name, range, where };
    });
  const missing = reads.length < tableNames.length;
  const used = !sheet.isNullObject && missing ? sheet.getUsedRangeOrNullObject(true) : null;
  used?.load('values,rowIndex,columnIndex');
  await context.sync();

  const tables: AgreementSheetCells['tables'] = {};
  for (const r of reads) tables[r.name] = block(r.where.name, r.range);
  const whole = sheet.isNullObject ? null : used === null || used.isNullObject ? { sheetName: sheet.name, firstRow: 1, firstColumn: 0, values: [] } : block(sheet.name, used);
  return { tables, sheet: whole };
}

function block(sheetName: string, range: Excel.Range): CellBlock {
  return { sheetName, firstRow: range.rowIndex + 1, firstColumn: range.columnIndex, values: range.values as CellValue[][] };
}
