import type ExcelJS from 'exceljs';
import { a1Address } from '../core/agreement';
import { DANISH_DATE_FORMAT, isDateCell, ReportCell } from '../core/results';
import { ExcelTableSpec, TABLE_STYLE } from '../core/tables';

/**
 * The one builder of Excel tables in an exceljs workbook: the header row and the rows as one
 * table in the product's style, dates as date cells shown as Danish Excel shows them, text as text.
 */
export function addExcelTable(sheet: ExcelJS.Worksheet, spec: ExcelTableSpec): void {
  const firstColumn = spec.firstColumn ?? 0;
  sheet.addTable({
    name: spec.name ?? `Tabel${spec.headerRow}`,
    ref: a1Address(spec.headerRow, firstColumn),
    headerRow: true,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: spec.headers.map((name) => ({ name, filterButton: spec.filterButton ?? true })),
    rows: spec.rows.map((r) => r.map(toExcel)),
  });
  spec.rows.forEach((r, k) => r.forEach((v, c) => isDateCell(v) && (sheet.getCell(spec.headerRow + 1 + k, firstColumn + c + 1).numFmt = DANISH_DATE_FORMAT)));
}

/** A report cell as exceljs stores it: a date as a Date at midnight UTC, anything else as it is. */
export function toExcel(cell: ReportCell): ExcelJS.CellValue {
  if (isDateCell(cell)) {
    const [y, m, d] = cell.date.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  return cell;
}
