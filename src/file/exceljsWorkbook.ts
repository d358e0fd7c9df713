import type ExcelJS from 'exceljs';
import { CellValue } from '../core';
import { columnLetter } from '../core/da';
import { uniqueSheetName } from '../core/results/sheetName';
import { HIGHLIGHT_MARKER, rowHighlightFormula } from '../core/results/rowHighlight';
import { AgreementSheetCells, AgreementSheetLayout, AgreementSheetWrite, ChartSpec, EMPTY_STORED, HighlightArea, Progress, RangeSnapshot, ReportTable, ResultCell, ResultWrite, StoredData, WorkbookPort } from '../port/workbookPort';
import { readAgreementTables, writeAgreementTables } from './agreementSheetFile';
import { parseRef, tableArea } from './tableArea';
import { fromExcel } from './xlsxCells';

/** The hidden sheet where a file keeps what Excel keeps in workbook settings. */
export const DATA_SHEET = 'Anvisning-data';
const CHUNK = 30_000; // below Excel's 32,767 characters per cell
const KEYS = ['agreement', 'state', 'results'] as const;

/**
 * The workbook port over an exceljs workbook: used by the browser workbench (in memory, then
 * downloaded) and by Node. Selection and active sheet are kept here, as Excel keeps them.
 */
export class ExceljsWorkbook implements WorkbookPort {
  selection: { sheet: string; row: number; column: number } | null = null;
  private active: string | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(readonly workbook: ExcelJS.Workbook) {}

  /** The sheet shown: the one last activated, else the first visible one (as Excel opens a file). */
  get activeSheet(): string {
    if (this.active !== null && this.workbook.getWorksheet(this.active)) return this.active;
    return this.workbook.worksheets.find((w) => w.state === 'visible')?.name ?? '';
  }

  set activeSheet(name: string) {
    this.active = name;
  }

  /** Called after every change, so a grid can redraw. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async readData(): Promise<RangeSnapshot> {
    const sheet = this.sheet(this.activeSheet);
    const table = this.selection?.sheet === sheet.name ? tableAt(sheet, this.selection.row, this.selection.column) : undefined;
    if (table) return { sheetName: sheet.name, ...table };
    const values: CellValue[][] = [];
    // columnCount rescans every row, so it is read once.
    const width = sheet.columnCount;
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      values.push(Array.from({ length: width }, (_, c) => fromExcel(row.getCell(c + 1).value)));
    }
    return { sheetName: sheet.name, firstRow: 1, firstColumn: 0, values, tableName: null };
  }

  async writeResults(write: ResultWrite, stored: StoredData, onProgress?: Progress): Promise<void> {
    const sheet = this.sheet(write.sheetName);
    write.values.forEach((row, i) => {
      row.forEach((v, c) => (sheet.getCell(write.headerRow + i, write.startColumn + c + 1).value = v));
      if (i % 1000 === 0) onProgress?.(i, write.values.length);
    });
    write.values[0].forEach((_, c) => (sheet.getCell(write.headerRow, write.startColumn + c + 1).font = { bold: true }));
    this.highlight(sheet, write);
    this.storeAll(stored);
    onProgress?.(write.values.length, write.values.length);
    this.changed();
  }

  async loadStored(): Promise<StoredData> {
    const data = this.workbook.getWorksheet(DATA_SHEET);
    if (!data) return { ...EMPTY_STORED };
    const text = (key: string) => {
      const row = KEYS.indexOf(key as (typeof KEYS)[number]) + 1;
      const cells = data.getRow(row).values as unknown[];
      const joined = cells.slice(2).map((v) => (typeof v === 'string' ? v : '')).join('');
      return joined === '' ? null : joined;
    };
    const agreement = text('agreement');
    const results = text('results');
    return { agreement: agreement ? JSON.parse(agreement) : null, state: text('state'), results: results ? JSON.parse(results) : null };
  }

  async saveStored(stored: StoredData): Promise<void> {
    this.storeAll(stored);
    this.changed();
  }

  async createTableSheet(baseName: string, headers: string[], rows: ResultCell[][]): Promise<string> {
    const name = uniqueSheetName(baseName, this.workbook.worksheets.map((w) => w.name));
    const sheet = this.workbook.addWorksheet(name);
    sheet.addTable({
      name: name.replace(/[^A-Za-z0-9_]/g, '_'),
      ref: 'A1',
      headerRow: true,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: headers.map((h) => ({ name: h, filterButton: true })),
      rows: rows.length > 0 ? rows : [headers.map(() => null)],
    });
    headers.forEach((h, c) => (sheet.getColumn(c + 1).width = Math.min(60, Math.max(10, h.length + 2))));
    this.activeSheet = name;
    this.changed();
    return name;
  }

  async createReportSheet(baseName: string, tables: ReportTable[], charts: ChartSpec[] = []): Promise<string> {
    const name = uniqueSheetName(baseName, this.workbook.worksheets.map((w) => w.name));
    const sheet = this.workbook.addWorksheet(name);
    let row = 1;
    tables.forEach((t, i) => {
      sheet.getCell(row, 1).value = t.title;
      sheet.getCell(row, 1).font = { bold: true };
      sheet.addTable({
        name: `${name.replace(/[^A-Za-z0-9_]/g, '_')}_${i + 1}`,
        ref: `A${row + 1}`,
        headerRow: true,
        style: { theme: 'TableStyleMedium2', showRowStripes: true },
        columns: t.headers.map((h) => ({ name: h, filterButton: true })),
        rows: t.rows.length > 0 ? t.rows : [t.headers.map(() => null)],
      });
      row += 1 + Math.max(1, t.rows.length) + 3;
    });
    // exceljs cannot write charts into a file; they are kept here for the workbench to draw.
    this.charts.set(name, charts.map((c) => chartData(c, tables[c.table])));
    this.activeSheet = name;
    this.changed();
    return name;
  }

  async highlightRows(sheetName: string, area: HighlightArea, rows: number[]): Promise<void> {
    const sheet = this.sheet(sheetName);
    const list = sheet as unknown as { conditionalFormattings?: { rules: { formulae?: string[] }[] }[] };
    const ours = (f: { rules: { formulae?: string[] }[] }) => f.rules.some((r) => `=${r.formulae?.[0] ?? ''}`.startsWith(HIGHLIGHT_MARKER));
    list.conditionalFormattings = (list.conditionalFormattings ?? []).filter((f) => !ours(f));
    if (rows.length > 0) {
      sheet.addConditionalFormatting({
        ref: `${columnLetter(area.firstColumn)}${area.firstRow}:${columnLetter(area.lastColumn)}${area.lastRow}`,
        rules: [
          {
            type: 'expression',
            priority: 1,
            formulae: [rowHighlightFormula(rows).slice(1)],
            style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } }, font: { color: { argb: 'FF9C0006' } } },
          },
        ],
      });
    }
    this.highlighted.set(sheetName, new Set(rows));
    this.changed();
  }

  /** Charts made by createReportSheet, per sheet, with their data. */
  readonly charts = new Map<string, ChartData[]>();

  /** Rows marked by highlightRows, per sheet: the workbench grid shows them (it cannot evaluate formulas). */
  readonly highlighted = new Map<string, Set<number>>();

  /** Shows another sheet, as clicking its tab does in Excel. */
  activate(sheetName: string): void {
    this.activeSheet = sheetName;
    this.selection = null;
    this.changed();
  }

  async selectCell(sheetName: string, row: number, column: number): Promise<void> {
    this.activeSheet = sheetName;
    this.selection = { sheet: sheetName, row, column };
    this.changed();
  }

  async writeAgreementSheet(layout: AgreementSheetLayout, options: { replace?: boolean } = {}): Promise<AgreementSheetWrite> {
    const written = writeAgreementTables(this.workbook, layout, options.replace === true);
    if (written.ok) {
      this.activeSheet = written.sheetName;
      this.selection = null;
      this.changed();
    }
    return written;
  }

  async readAgreementSheet(sheetName: string, tableNames: readonly string[]): Promise<AgreementSheetCells> {
    return readAgreementTables(this.workbook, sheetName, tableNames);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  private highlight(sheet: ExcelJS.Worksheet, write: ResultWrite): void {
    const first = columnLetter(write.startColumn);
    const last = columnLetter(write.startColumn + write.values[0].length - 1);
    const ref = `${first}${write.headerRow + 1}:${last}${write.headerRow + write.values.length - 1}`;
    // Rules inside the add-in's own columns below the header are its own, whatever rows an earlier
    // run covered; they are replaced so re-runs don't stack them. The user's formats stay.
    const width = write.values[0].length;
    const own = (f: { ref: string }) => {
      const area = parseRef(f.ref);
      return area !== undefined && area.c1 >= write.startColumn && area.c2 < write.startColumn + width && area.r1 > write.headerRow;
    };
    const existing = (sheet as unknown as { conditionalFormattings?: { ref: string }[] }).conditionalFormattings ?? [];
    (sheet as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings = existing.filter((f) => !own(f));
    sheet.addConditionalFormatting({
      ref,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [`$${first}${write.headerRow + 1}="${write.municipalityLabel}"`],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } }, font: { color: { argb: 'FF006100' } } },
        },
      ],
    });
  }

  private storeAll(stored: StoredData): void {
    const data = this.workbook.getWorksheet(DATA_SHEET) ?? this.workbook.addWorksheet(DATA_SHEET, { state: 'veryHidden' });
    const texts: Record<(typeof KEYS)[number], string> = {
      agreement: stored.agreement ? JSON.stringify(stored.agreement) : '',
      state: stored.state ?? '',
      results: stored.results ? JSON.stringify(stored.results) : '',
    };
    KEYS.forEach((key, i) => {
      const row = data.getRow(i + 1);
      row.values = [key, ...chunks(texts[key])];
    });
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }
}

function tableAt(sheet: ExcelJS.Worksheet, row: number, column: number): Omit<RangeSnapshot, 'sheetName'> | undefined {
  for (const t of Object.values((sheet as unknown as { tables?: Record<string, { table: { ref: string; tableRef?: string; name: string } }> }).tables ?? {})) {
    const area = tableArea(t.table);
    if (!area) continue;
    const { r1, c1, r2, c2 } = area;
    if (row < r1 || row > r2 || column < c1 || column > c2) continue;
    // The columns run on to the sheet's right edge: results go right of everything in the table's
    // rows, and only cells in the snapshot are checked before they are written over.
    const right = Math.max(c2, sheet.columnCount - 1);
    const values: CellValue[][] = [];
    for (let r = r1; r <= r2; r++) values.push(Array.from({ length: right - c1 + 1 }, (_, c) => fromExcel(sheet.getCell(r, c1 + c + 1).value)));
    return { firstRow: r1, firstColumn: c1, values, tableName: t.table.name };
  }
  return undefined;
}

function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) out.push(text.slice(i, i + CHUNK));
  return out;
}

export interface ChartData {
  title: string;
  kind: ChartSpec['kind'];
  categories: string[];
  series: { name: string; values: number[] }[];
}

function chartData(spec: ChartSpec, table: ReportTable): ChartData {
  return {
    title: spec.title,
    kind: spec.kind,
    categories: table.rows.map((r) => String(r[0] ?? '')),
    series: table.headers.slice(1).map((name, i) => ({ name, values: table.rows.map((r) => Number(r[i + 1] ?? 0)) })),
  };
}
