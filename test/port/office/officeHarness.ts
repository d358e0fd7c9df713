import { CellValue } from '../../../src/core';
import { OfficeWorkbook } from '../../../src/excel/officeWorkbook';
import type { Harness, SheetSetup } from '../contract';
import { formatAddress, parseAddress } from './a1';
import { FakeWorkbook } from './fakeWorkbook';
import { mockRun, mockSupports } from './mockExcel';

export interface OfficeHarness extends Harness {
  server: FakeWorkbook;
  port: OfficeWorkbook;
  syncs(): number;
  /** Syncs whose request changed the workbook. */
  writeSyncs(): number;
  largestRequest(): number;
  /** The most bytes of cell values and formats one request carried. */
  largestCellBlock(): number;
  largestResponse(): number;
}

/** A fake Excel holding the cells on "Ark1" from A1, and the Office.js adapter over office-addin-mock proxies. */
export async function officeHarness(table: CellValue[][], setup: SheetSetup = {}): Promise<OfficeHarness> {
  const server = new FakeWorkbook();
  const sheet = server.addSheet('Ark1');
  table.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && sheet.put(r + 1, c, { value: v as string | number | boolean })));
  if (setup.asTable) {
    server.addTable(sheet, { row: 1, column: 0, rows: table.length, columns: table[0].length });
    server.selection = { sheet, rect: { row: 2, column: 1, rows: 1, columns: 1 } };
  }
  const port = officePort(server);
  const { stats } = server;
  return {
    server,
    port,
    syncs: () => stats.syncs,
    writeSyncs: () => stats.requests.filter((r) => r.writes).length,
    largestRequest: () => Math.max(0, ...stats.requests.map((r) => r.bytes)),
    largestCellBlock: () => Math.max(0, ...stats.requests.map((r) => r.cellBytes)),
    largestResponse: () => Math.max(0, ...stats.requests.map((r) => r.responseBytes)),
    values: (name) => {
      const s = server.sheet(name);
      const width = Math.max(0, ...Array.from(s.cells, (row) => row?.length ?? 0));
      return Array.from({ length: s.cells.length }, (_, r) =>
        Array.from({ length: width }, (_, c) => {
          const v = s.cell(r + 1, c)?.value;
          return v === undefined || v === '' ? null : (v as CellValue);
        }),
      );
    },
    isFormula: (name, row, column) => server.sheet(name).cell(row, column)?.formula !== undefined,
    numberFormat: (name, row, column) => server.sheet(name).cell(row, column)?.format ?? null,
    type: (name, row, column, value) => {
      const s = server.sheet(name);
      s.put(row, column, value === null || value === undefined ? undefined : { ...s.cell(row, column), value: value as string | number });
    },
    sheetNames: () => server.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name),
    activeSheet: () => server.active.name,
    selection: () => ({ sheet: server.selection.sheet.name, row: server.selection.rect.row, column: server.selection.rect.column }),
    tables: (name) => server.tables.filter((t) => t.sheet.name === name).map((t) => formatAddress(t.rect)),
    conditionalFormats: (name) => server.sheet(name).conditionalFormats.map((f) => ({ range: formatAddress(f.rect) + (f.clipped ? ' (beskåret)' : ''), formula: f.formula ?? '' })),
    charts: (name) =>
      server.sheet(name).charts.map((c) => {
        const s = server.sheet(name);
        const text = (r: number, col: number) => String(s.cell(r, col)?.value ?? '');
        // What Excel would draw: the categories of the first series (1, 2, 3 … when it has none) and every series' name.
        const first = c.series[0];
        const categories = first?.categories
          ? Array.from({ length: first.categories.rows }, (_, i) => text(first.categories!.row + i, first.categories!.column))
          : Array.from({ length: first?.values.rows ?? 0 }, (_, i) => String(i + 1));
        return { kind: c.type === 'ColumnClustered' ? ('column' as const) : ('line' as const), title: c.title ?? '', categories, series: c.series.map((x) => x.name) };
      }),
    addSheet: (name, cells) => {
      const added = server.addSheet(name);
      cells.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && added.put(r + 1, c, { value: v as string | number | boolean })));
    },
    addTable: (name, area, tableName) => server.renameTable(server.addTable(server.sheet(name), parseAddress(area)), tableName),
    namedTables: (name) => server.tables.filter((t) => t.sheet.name === name).map((t) => ({ name: t.name, area: formatAddress(t.rect) })),
    validations: (name) =>
      server.sheet(name).validations.map((v) => ({ area: formatAddress(v.rect), list: Array.isArray(v.list) ? v.list : formatAddress(v.list.range), strict: v.alert, message: v.message })),
    addUserConditionalFormat: (name, range, formula) =>
      server.sheet(name).conditionalFormats.push({ rect: parseAddress(range), type: 'Custom', formula, fill: '#FFC7CE', fontColor: null, clipped: false }),
  };
}

/** Another pane over the same fake workbook (a second task pane, or a co-author's). */
export function officePort(server: FakeWorkbook): OfficeWorkbook {
  return new OfficeWorkbook(mockRun(server), mockSupports(server));
}
