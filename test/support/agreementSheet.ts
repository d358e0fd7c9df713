import { Agreement, CellValue } from '../../src/core';
import { modelFromAgreement } from '../../src/core/agreement/model/fromAgreement';
import { AgreementSheetCells } from '../../src/core/agreement/sheet/cells';
import { agreementSheetLayout, AgreementSheetLayout } from '../../src/core/agreement/sheet/layout';
import { readAgreementSheet } from '../../src/core/agreement/sheet/readAgreementSheet';

/** The cells of a layout as an adapter reads them from a workbook: each table by name, header first. */
export function tableCells(layout: AgreementSheetLayout): AgreementSheetCells {
  const tables: AgreementSheetCells['tables'] = {};
  for (const t of layout.tables) tables[t.name] = { sheetName: layout.sheetName, firstRow: t.headerRow, firstColumn: 0, values: [t.headers, ...t.rows] };
  return { tables, sheet: { sheetName: layout.sheetName, firstRow: 1, firstColumn: 0, values: sheetGrid(layout) } };
}

/** The whole sheet from A1, titles and tables, as a person sees it (and as one might type it). */
export function sheetGrid(layout: AgreementSheetLayout): CellValue[][] {
  const grid: CellValue[][] = [];
  for (const t of layout.tables) {
    grid[t.headerRow - 2] = [t.title];
    [t.headers, ...t.rows].forEach((r, i) => (grid[t.headerRow - 1 + i] = [...r]));
  }
  return Array.from(grid, (r) => r ?? []);
}

/** JSON → sheet → JSON through the core: the agreement written as tables and read back. */
export function throughSheet(agreement: Agreement, fallbackId = 'fra-ark'): Agreement {
  const read = readAgreementSheet(tableCells(agreementSheetLayout(modelFromAgreement(agreement))), fallbackId);
  if (!read.ok) throw new Error(JSON.stringify(read.errors, null, 1));
  return read.agreement;
}
