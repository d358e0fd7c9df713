import { TABLE_STYLE } from '../core/tables';
import { a1 } from './a1';

/** Where an Excel table goes: its header row (1-based) and first column (0-based), its width and data rows. */
export interface TableArea {
  headerRow: number;
  firstColumn?: number;
  width: number;
  dataRows: number;
  /** The table's name; without one Excel names it. */
  name?: string;
}

/**
 * The one builder of Excel tables in Excel, over cells already queued: the header row and the
 * rows as one table in the product's style. Returns the table and the area's address.
 */
export function addExcelTable(sheet: Excel.Worksheet, area: TableArea): { table: Excel.Table; address: string } {
  const address = a1(area.headerRow, area.firstColumn ?? 0, 1 + area.dataRows, area.width);
  // A Range, not an address: an address without a sheet name makes the table on the active sheet
  // (https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)),
  // and the sheet written is shown only at the end.
  const table = sheet.tables.add(sheet.getRange(address), true);
  if (area.name !== undefined) table.name = area.name;
  table.style = TABLE_STYLE;
  return { table, address };
}
