import ExcelJS from 'exceljs';
import { CellValue } from '../../src/core';
import { ExceljsWorkbook } from '../../src/file/exceljsWorkbook';
import { dataValidations } from '../../src/file/agreementSheetFile';
import type { Harness, SheetSetup } from './contract';

/** A new exceljs workbook holding the cells on "Ark1" from A1, and the file adapter over it. */
export async function exceljsHarness(table: CellValue[][], setup: SheetSetup = {}): Promise<Harness> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ark1');
  if (setup.asTable) {
    sheet.addTable({ name: 'Ledige', ref: 'A1', headerRow: true, columns: table[0].map((h) => ({ name: String(h) })), rows: table.slice(1).map((r) => r.map((v) => v ?? null)) });
  } else {
    table.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && (sheet.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  }
  const port = new ExceljsWorkbook(workbook);
  if (setup.asTable) await port.selectCell('Ark1', 2, 1);
  const ws = (name: string) => workbook.getWorksheet(name)!;
  return {
    port,
    values: (name) => {
      const s = ws(name);
      return Array.from({ length: s.rowCount }, (_, r) =>
        Array.from({ length: s.columnCount }, (_, c) => {
          const v = s.getCell(r + 1, c + 1).value;
          if (v !== null && typeof v === 'object' && 'formula' in v) return (v.result as CellValue) ?? null;
          return v === '' || v === undefined ? null : (v as CellValue);
        }),
      );
    },
    isFormula: (name, row, column) => ws(name).getCell(row, column + 1).type === ExcelJS.ValueType.Formula,
    numberFormat: (name, row, column) => ws(name).getCell(row, column + 1).numFmt ?? null,
    type: (name, row, column, value) => (ws(name).getCell(row, column + 1).value = (value ?? null) as ExcelJS.CellValue),
    sheetNames: () => workbook.worksheets.filter((w) => w.state === 'visible').map((w) => w.name),
    activeSheet: () => port.activeSheet,
    selection: () => port.selection,
    tables: (name) =>
      ws(name)
        .getTables()
        .map((t) => (t as unknown as { table: { tableRef: string } }).table.tableRef),
    conditionalFormats: (name) =>
      (ws(name) as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings.map((f) => ({
        range: f.ref,
        formula: `=${f.rules[0].formulae?.[0] ?? ''}`,
      })),
    charts: (name) => (port.charts.get(name) ?? []).map((c) => ({ kind: c.kind, title: c.title, categories: c.categories, series: c.series.map((x) => x.name) })),
    addSheet: (name, cells) => {
      const added = workbook.addWorksheet(name);
      cells.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && (added.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
    },
    addTable: (name, area, tableName) => {
      const [from, to] = area.split(':');
      const s = ws(name);
      const top = s.getCell(from);
      const bottom = s.getCell(to);
      const columns = Array.from({ length: Number(bottom.col) - Number(top.col) + 1 }, (_, c) => ({ name: String(s.getCell(Number(top.row), Number(top.col) + c).value ?? `Kolonne${c + 1}`) }));
      const rows = Array.from({ length: Number(bottom.row) - Number(top.row) }, (_, r) => columns.map((_, c) => s.getCell(Number(top.row) + 1 + r, Number(top.col) + c).value ?? null));
      s.addTable({ name: tableName, ref: from, headerRow: true, columns, rows: rows as ExcelJS.CellValue[][] });
    },
    namedTables: (name) =>
      ws(name)
        .getTables()
        .map((t) => {
          const table = (t as unknown as { table: { name: string; tableRef: string } }).table;
          return { name: table.name, area: table.tableRef };
        }),
    validations: (name) =>
      Object.entries(dataValidations(ws(name)).model)
        .filter(([, v]) => v !== undefined)
        .map(([area, v]) => {
          const formula = String(v!.formulae[0]);
          return { area, list: formula.startsWith('"') ? formula.slice(1, -1).split(',') : formula.replace(/\$/g, ''), strict: v!.showErrorMessage === true, message: v!.error ?? '' };
        }),
    addUserConditionalFormat: (name, range, formula) =>
      ws(name).addConditionalFormatting({
        ref: range,
        rules: [{ type: 'expression', priority: 2, formulae: [formula.replace(/^=/, '')], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } } }],
      }),
  };
}
