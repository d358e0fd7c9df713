import type ExcelJS from 'exceljs';
import { AgreementFile, CellValue } from '../core';
import { columnLetter } from '../core/util';
import * as da from '../core/da';
import { layoutReport, reportFingerprint } from '../core/results';
import { isDateCell, ReportCell } from '../core/results';
import { HIGHLIGHT_MARKER, rowHighlightFormula } from '../core/results';
import { uniqueSheetName } from '../core/results';
import { DanishError } from '../core/util';
import { timeSlicer } from '../core/util';
import {
  AgreementSheetCells,
  AgreementSheetLayout,
  AgreementSheetWrite,
  ChartSpec,
  DataAndStored,
  DataTarget,
  HighlightArea,
  OwnSheet,
  Progress,
  RangeSnapshot,
  ReportSheet,
  ReportTable,
  ResultArea,
  ResultFingerprint,
  ResultWrite,
  SelfTestResult,
  SheetList,
  StoredData,
  StoredVariant,
  WorkbookPort,
} from '../port/workbookPort';
import { isOwnSheet, isStoredVariant } from '../port/records';
import { readAgreementTables, writeAgreementTables } from './agreementSheetFile';
import { parseStoredJson, StoredKey, storedText, storeText } from './dataSheet';
import { dropOwnFormats, writeResultBlock } from './resultBlock';
import { addExcelTable } from './excelTable';
import { Area, tableArea } from './tableArea';
import { fromExcel } from './xlsxCells';

export { DATA_SHEET } from './dataSheet';

/**
 * The workbook port over an exceljs workbook: used by the browser workbench (in memory, then
 * downloaded) and by Node. Selection and active sheet are kept here, as Excel keeps them. Loops
 * over many rows pause now and then, so the workbench page keeps painting.
 */
export class ExceljsWorkbook implements WorkbookPort {
  selection: { sheet: string; row: number; column: number } | null = null;
  private active: string | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly activation = new Set<(sheetName: string) => void>();

  constructor(readonly workbook: ExcelJS.Workbook) {}

  /** The sheet shown: the one last activated, else the first visible one (as Excel opens a file). */
  get activeSheet(): string {
    if (this.active !== null && this.workbook.getWorksheet(this.active)) return this.active;
    return this.workbook.worksheets.find((w) => w.state === 'visible')?.name ?? '';
  }

  /** Called after every change, so a grid can redraw. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onSheetActivated(listener: (sheetName: string) => void): () => void {
    this.activation.add(listener);
    return () => this.activation.delete(listener);
  }

  async readData(target?: DataTarget): Promise<RangeSnapshot> {
    return this.snapshot(target);
  }

  async readDataAndStored(target?: DataTarget): Promise<DataAndStored> {
    return { snapshot: await this.snapshot(target), stored: this.stored() };
  }

  private async snapshot(target?: DataTarget): Promise<RangeSnapshot> {
    const sheet = this.sheet(target?.sheetName ?? this.activeSheet);
    const table = target
      ? target.tableName === null
        ? undefined
        : tableNamed(sheet, target.tableName)
      : this.selection?.sheet === sheet.name
        ? tableAt(sheet, this.selection.row, this.selection.column)
        : undefined;
    const area = table ? { ...table.area, c2: Math.max(table.area.c2, sheet.columnCount - 1) } : { r1: 1, c1: 0, r2: sheet.rowCount, c2: sheet.columnCount - 1 };
    const values = await readArea(sheet, area);
    return { sheetName: sheet.name, firstRow: area.r1, firstColumn: area.c1, values, tableName: table?.name ?? null };
  }

  async listSheets(): Promise<SheetList> {
    return { active: this.activeSheet, names: this.workbook.worksheets.filter((w) => w.state === 'visible').map((w) => w.name), own: this.ownSheets() };
  }

  async writeResults(write: ResultWrite, stored: StoredData, onProgress?: Progress): Promise<void> {
    const sheet = this.sheet(write.sheetName);
    refuseProtected(sheet);
    await writeResultBlock(sheet, write, { slicer: timeSlicer(), onProgress });
    this.storeAll(stored);
    onProgress?.(write.values.length, write.values.length);
    this.changed();
  }

  /** The self-test tries Excel's own behaviour; a file has none to try. */
  async runSelfTest(): Promise<SelfTestResult> {
    return { available: false };
  }

  async loadStored(): Promise<StoredData> {
    return this.stored();
  }

  private stored(): StoredData {
    const agreementText = this.text('agreement');
    const resultsText = this.text('results');
    const agreement = agreementText === null ? null : parseStoredJson<AgreementFile>(agreementText);
    const results = resultsText === null ? null : parseStoredJson<ResultFingerprint>(resultsText);
    const damaged = [...(agreementText !== null && agreement === null ? ['agreement' as const] : []), ...(resultsText !== null && results === null ? ['results' as const] : [])];
    return { agreement, state: this.text('state'), results, ...(damaged.length > 0 ? { damaged } : {}) };
  }

  async saveStored(stored: StoredData): Promise<void> {
    this.storeAll(stored);
    this.changed();
  }

  async writeReport(report: ReportSheet, replace: string | null): Promise<string> {
    const layout = layoutReport(report);
    const old = replace === null ? undefined : this.workbook.getWorksheet(replace);
    const others = this.workbook.worksheets.filter((w) => w !== old).map((w) => w.name);
    const name = old ? old.name : uniqueSheetName(report.baseName, others);
    if (old) {
      this.workbook.removeWorksheet(old.id);
      this.charts.delete(old.name);
      this.highlighted.delete(old.name);
    }
    const sheet = this.workbook.addWorksheet(name);
    const tableBase = name.replace(/[^A-Za-z0-9_]/g, '_');
    layout.tables.forEach((area, i) => {
      const t = report.tables[i];
      if (area.titleRow !== null) {
        sheet.getCell(area.titleRow, 1).value = t.title;
        sheet.getCell(area.titleRow, 1).font = { bold: true };
      }
      const rows = layout.grid.slice(area.headerRow, area.headerRow + area.rows);
      addExcelTable(sheet, { name: layout.tables.length === 1 ? tableBase : `${tableBase}_${i + 1}`, headerRow: area.headerRow, headers: t.headers, rows });
    });
    for (let c = 0; c < layout.width; c++) {
      const longest = Math.max(...layout.grid.map((r) => displayLength(r[c])));
      sheet.getColumn(c + 1).width = Math.min(60, Math.max(10, longest + 2));
    }
    // exceljs cannot write charts into a file; they are kept here for the workbench to draw.
    this.charts.set(
      name,
      report.charts.map((c) => chartData(c, report.tables[c.table])),
    );
    const own = this.ownSheets().filter((o) => o.kind !== report.kind && o.name !== name);
    this.store('reports', JSON.stringify([...own, { kind: report.kind, name, fingerprint: reportFingerprint(layout.grid) }]));
    this.show(name);
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

  /** Charts made by writeReport, per sheet, with their data. */
  readonly charts = new Map<string, ChartData[]>();

  /** Rows marked by highlightRows, per sheet: the workbench grid shows them (it cannot evaluate formulas). */
  readonly highlighted = new Map<string, Set<number>>();

  /** Shows another sheet, as clicking its tab does in Excel. */
  activate(sheetName: string): void {
    this.selection = null;
    this.show(sheetName);
    this.changed();
  }

  async selectCell(sheetName: string, row: number, column: number): Promise<void> {
    this.sheet(sheetName);
    this.show(sheetName);
    this.selection = { sheet: sheetName, row, column };
    this.changed();
  }

  /** Makes a sheet the active one; listeners hear of it only when it was not active already, as with Excel's onActivated. */
  private show(sheetName: string): void {
    const before = this.activeSheet;
    this.active = sheetName;
    if (before !== sheetName) for (const l of this.activation) l(sheetName);
  }

  private ownSheets(): OwnSheet[] {
    const text = this.text('reports');
    const parsed = text === null ? null : parseStoredJson<unknown>(text);
    return Array.isArray(parsed) ? parsed.filter(isOwnSheet) : [];
  }

  async loadVariants(): Promise<StoredVariant[]> {
    const text = this.text('variants');
    const parsed = text === null ? null : parseStoredJson<unknown>(text);
    return Array.isArray(parsed) ? parsed.filter(isStoredVariant) : [];
  }

  async saveVariants(variants: StoredVariant[]): Promise<void> {
    this.store('variants', JSON.stringify(variants));
    this.changed();
  }

  async writeAgreementSheet(layout: AgreementSheetLayout, options: { replace?: boolean } = {}): Promise<AgreementSheetWrite> {
    const written = writeAgreementTables(this.workbook, layout, options.replace === true);
    if (written.ok) {
      this.selection = null;
      this.show(written.sheetName);
      this.changed();
    }
    return written;
  }

  async readAgreementSheet(sheetName: string, tableNames: readonly string[]): Promise<AgreementSheetCells> {
    return readAgreementTables(this.workbook, sheetName, tableNames);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) throw new DanishError(da.workbook.sheetGone(name));
    return sheet;
  }

  async removeResults(area: ResultArea | null, stored: StoredData): Promise<void> {
    const sheet = area === null ? undefined : this.workbook.getWorksheet(area.sheetName);
    if (area !== null && sheet) {
      refuseProtected(sheet);
      const width = da.resultColumns.length;
      for (let r = 0; r < area.rowCount; r++) {
        for (let c = 0; c < width; c++) {
          const cell = sheet.getCell(area.headerRow + r, area.startColumn + c + 1);
          cell.value = null;
          cell.style = {};
        }
      }
      dropOwnFormats(sheet, area.startColumn, width, area.headerRow);
    }
    this.storeAll(stored);
    this.changed();
  }

  private text(key: StoredKey): string | null {
    return storedText(this.workbook, key);
  }

  private store(key: StoredKey, text: string): void {
    storeText(this.workbook, key, text);
  }

  private storeAll(stored: StoredData): void {
    this.store('agreement', stored.agreement ? JSON.stringify(stored.agreement) : '');
    this.store('state', stored.state ?? '');
    this.store('results', stored.results ? JSON.stringify(stored.results) : '');
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }
}

/** The cells of an area (rows 1-based, columns 0-based), a slice of rows at a time. */
async function readArea(sheet: ExcelJS.Worksheet, area: Area): Promise<CellValue[][]> {
  const values: CellValue[][] = [];
  const slicer = timeSlicer();
  const width = area.c2 - area.c1 + 1;
  for (let r = area.r1; r <= area.r2; r++) {
    const row = sheet.getRow(r);
    values.push(Array.from({ length: width }, (_, c) => fromExcel(row.getCell(area.c1 + c + 1).value)));
    if (slicer.due()) await slicer.pause();
  }
  return values;
}

/** Excel refuses to change a protected sheet; so does the file adapter, in Danish. */
function refuseProtected(sheet: ExcelJS.Worksheet): void {
  const protection = (sheet as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  if (protection && protection.sheet !== false) throw new DanishError(da.workbook.sheetProtected(sheet.name));
}

function displayLength(cell: ReportCell | undefined): number {
  if (cell === null || cell === undefined) return 0;
  return isDateCell(cell) ? 10 : String(cell).length;
}

type TableEntry = { table: { ref: string; tableRef?: string; name: string } };

function tables(sheet: ExcelJS.Worksheet): TableEntry[] {
  return Object.values((sheet as unknown as { tables?: Record<string, TableEntry> }).tables ?? {});
}

// The columns run on to the sheet's right edge: results go right of everything in the table's
// rows, and only cells in the snapshot are checked before they are written over.
function tableAt(sheet: ExcelJS.Worksheet, row: number, column: number): { name: string; area: Area } | undefined {
  for (const t of tables(sheet)) {
    const area = tableArea(t.table);
    if (area && row >= area.r1 && row <= area.r2 && column >= area.c1 && column <= area.c2) return { name: t.table.name, area };
  }
  return undefined;
}

function tableNamed(sheet: ExcelJS.Worksheet, name: string): { name: string; area: Area } | undefined {
  const t = tables(sheet).find((x) => x.table.name === name);
  const area = t && tableArea(t.table);
  return t && area ? { name: t.table.name, area } : undefined;
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
