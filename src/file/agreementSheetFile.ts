import type ExcelJS from 'exceljs';
import { CellValue } from '../core';
import { a1Address } from '../core/agreement';
import { AgreementSheetCells, CellBlock } from '../core/agreement';
import { AgreementSheetLayout, columnWidths, ColumnValidation, TableLayout } from '../core/agreement';
import type { AgreementSheetWrite } from '../port/workbookPort';
import { sameName } from '../core/results';
import { addExcelTable } from './excelTable';
import { tableArea } from './tableArea';
import { fromExcel } from './xlsxCells';

const TEXT_FORMAT = '@';

function tablesOf(sheet: ExcelJS.Worksheet): { name: string; ref: string; tableRef?: string }[] {
  return sheet.getTables().map((t) => (t as unknown as { table: { name: string; ref: string; tableRef?: string } }).table);
}

/** The agreement sheet written into an exceljs workbook, as the Office adapter writes it into Excel. */
export function writeAgreementTables(workbook: ExcelJS.Workbook, layout: AgreementSheetLayout, replace: boolean): AgreementSheetWrite {
  const existing = workbook.worksheets.find((w) => sameName(w.name, layout.sheetName));
  if (existing && !replace) return { ok: false, reason: 'sheetExists', name: existing.name };
  for (const other of workbook.worksheets) {
    if (other === existing) continue;
    const taken = tablesOf(other).find((t) => layout.tables.some((l) => sameName(l.name, t.name)));
    if (taken) return { ok: false, reason: 'tableNameTaken', name: taken.name };
  }
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(layout.sheetName);
  for (const t of layout.tables) writeTable(sheet, t);
  columnWidths(layout).forEach((w, c) => (sheet.getColumn(c + 1).width = w));
  return { ok: true, sheetName: sheet.name };
}

function writeTable(sheet: ExcelJS.Worksheet, t: TableLayout): void {
  const title = sheet.getCell(t.headerRow - 1, 1);
  title.value = t.title;
  title.font = { bold: true };
  addExcelTable(sheet, { name: t.name, headerRow: t.headerRow, headers: t.headers, rows: t.rows, filterButton: false });
  // Text stays text: a condition typed later as 1-2 is not turned into a date, "=…" not into a formula.
  t.rows.forEach((r, i) => r.forEach((v, c) => typeof v !== 'number' && (sheet.getCell(t.headerRow + 1 + i, c + 1).numFmt = TEXT_FORMAT)));
  for (const v of t.validations) dataValidations(sheet).add(validationRange(t, v), validation(v));
}

/** exceljs keeps a sheet's data validations by address; its typings do not list them. */
export function dataValidations(sheet: ExcelJS.Worksheet): { add(address: string, v: ExcelJS.DataValidation): void; model: Record<string, ExcelJS.DataValidation | undefined> } {
  return (sheet as unknown as { dataValidations: ReturnType<typeof dataValidations> }).dataValidations;
}

/** The cells a drop-down covers: its column's data rows, or one of them. */
export function validationRange(t: TableLayout, v: ColumnValidation): string {
  const first = t.headerRow + 1 + (v.row ?? 0);
  const last = v.row === undefined ? t.headerRow + t.rows.length : first;
  return first === last ? a1Address(first, v.column) : `${a1Address(first, v.column)}:${a1Address(last, v.column)}`;
}

function validation(v: ColumnValidation): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [Array.isArray(v.list) ? `"${v.list.join(',')}"` : v.list.range],
    showErrorMessage: v.strict,
    errorStyle: 'stop',
    ...(v.alert ? { errorTitle: v.alert.title, error: v.alert.message } : {}),
  };
}

/** The named tables (header row first) and the used range of the sheet, from A1. */
export function readAgreementTables(workbook: ExcelJS.Workbook, sheetName: string, tableNames: readonly string[]): AgreementSheetCells {
  const tables: AgreementSheetCells['tables'] = {};
  for (const sheet of workbook.worksheets) {
    for (const t of tablesOf(sheet)) {
      const wanted = tableNames.find((n) => sameName(n, t.name));
      const area = wanted === undefined ? undefined : tableArea(t);
      if (wanted === undefined || area === undefined) continue;
      tables[wanted] = block(sheet, area.r1, area.c1, area.r2, area.c2);
    }
  }
  const sheet = workbook.worksheets.find((w) => sameName(w.name, sheetName));
  return { tables, sheet: sheet ? block(sheet, 1, 0, sheet.rowCount, sheet.columnCount - 1) : null };
}

function block(sheet: ExcelJS.Worksheet, r1: number, c1: number, r2: number, c2: number): CellBlock {
  const values: CellValue[][] = [];
  for (let r = r1; r <= r2; r++) values.push(Array.from({ length: c2 - c1 + 1 }, (_, c) => fromExcel(sheet.getCell(r, c1 + c + 1).value)));
  return { sheetName: sheet.name, firstRow: r1, firstColumn: c1, values };
}
