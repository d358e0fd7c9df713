import { utf8Length } from '../../../src/excel/wireSize';
import { contains, formatAddress, intersects, Rect } from './a1';
import { UndoStack } from './undoStack';

/** Excel on the web's payload limit for one request and for one response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** The most characters a cell holds. */
export const CELL_CHARS = 32_767;

/** The most cells one read may cover, on every host (Excel refuses more with RangeExceedsLimit). */
export const READ_CELL_LIMIT = 5_000_000;

/**
 * The workbook as Excel holds it, behind the request boundary: what the mock's proxies read from
 * and write to when a request runs. It follows Excel where the adapter's correctness depends on it.
 */
export type Scalar = string | number | boolean;

export interface Cell {
  value: Scalar;
  formula?: string;
  format?: string;
  bold?: boolean;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  /** The whole table: header row, data rows, and the totals row when it is shown. */
  rect: Rect;
  style: string;
  /** Table.showTotals (ExcelApi 1.3): the table's last row is then its totals row. */
  showTotals?: boolean;
}

export interface FakeConditionalFormat {
  /** ConditionalFormat.id (ExcelApi 1.6); given when the rule is added. */
  id?: string;
  rect: Rect;
  type: string;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  /** Set when a clear cut into this rule without removing it (Excel would shrink it). */
  clipped: boolean;
}

export interface FakePart {
  id: string;
  xml: string;
  namespaceUri: string;
}

/** What one request cost, and the error code it failed with (null when it went through). */
export interface RequestStats {
  bytes: number;
  cellBytes: number;
  writes: boolean;
  responseBytes: number;
  error: string | null;
}

export function excelError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/** One series of a chart: its name, the cells of its values, and the cells of its categories (x axis). */
export interface FakeSeries {
  name: string;
  values: Rect;
  categories: Rect | null;
}

export interface FakeChart {
  type: string;
  source: Rect;
  title: string | null;
  position: [string, string] | null;
  series: FakeSeries[];
}

/**
 * The series Excel makes from a chart's source, by columns. It guesses from the cells: the first
 * column gives the categories when the top-left cell is empty or the column holds text; a first
 * column of numbers under a header ("År" over 2022, 2023) is taken for one more series, and the
 * categories are then 1, 2, 3 … No page documents the guess; the fake makes the worse one.
 */
export function guessSeries(sheet: FakeSheet, source: Rect, firstColumnIsSeries = false): FakeSeries[] {
  const data = { row: source.row + 1, rows: source.rows - 1 };
  const topLeft = sheet.cell(source.row, source.column)?.value ?? '';
  const firstColumnNumbers = Array.from({ length: data.rows }, (_, r) => sheet.cell(data.row + r, source.column)?.value).every((v) => typeof v === 'number');
  const categoriesFirst = !firstColumnIsSeries && (topLeft === '' || !firstColumnNumbers);
  const firstSeries = categoriesFirst ? 1 : 0;
  return Array.from({ length: source.columns - firstSeries }, (_, i) => {
    const column = source.column + firstSeries + i;
    return {
      name: String(sheet.cell(source.row, column)?.value ?? ''),
      values: { row: data.row, column, rows: data.rows, columns: 1 },
      categories: categoriesFirst ? { row: data.row, column: source.column, rows: data.rows, columns: 1 } : null,
    };
  });
}

/** A list validation (a drop-down) on a range; `alert` false lets any value be typed. */
export interface FakeValidation {
  rect: Rect;
  list: string[] | { range: Rect };
  alert: boolean;
  message: string;
}

export class FakeSheet {
  readonly cells: (Cell | undefined)[][] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly charts: FakeChart[] = [];
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  readonly validations: FakeValidation[] = [];
  /** Column widths in points, by 0-based column. */
  readonly columnWidths: number[] = [];
  constructor(
    public name: string,
    readonly id: string,
  ) {}

  cell(row: number, column: number): Cell | undefined {
    return this.cells[row - 1]?.[column];
  }

  put(row: number, column: number, cell: Cell | undefined): void {
    (this.cells[row - 1] ??= [])[column] = cell;
  }

  /** Excel's used range with valuesOnly: the cells that hold a value or formula. */
  usedRect(): Rect | null {
    let top = Infinity;
    let bottom = -Infinity;
    let left = Infinity;
    let right = -Infinity;
    for (let r = 0; r < this.cells.length; r++) {
      const row = this.cells[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell === undefined || (cell.value === '' && cell.formula === undefined)) continue;
        if (r + 1 < top) top = r + 1;
        bottom = r + 1;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
    return top === Infinity ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  read(rect: Rect): Scalar[][] {
    return Array.from({ length: rect.rows }, (_, r) => Array.from({ length: rect.columns }, (_, c) => this.cell(rect.row + r, rect.column + c)?.value ?? ''));
  }
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  parts: FakePart[] = [];
  private activeSheet!: FakeSheet;
  /** Worksheets.onActivated handlers: Excel calls them after the request that showed another sheet. */
  readonly activatedHandlers: ((event: { worksheetId: string; type: string }) => Promise<unknown> | void)[] = [];
  selection!: { sheet: FakeSheet; rect: Rect };
  /** False while a chart or shape is selected: reading the selection then fails, as in Excel. */
  selectionIsRange = true;
  /**
   * The highest ExcelApi requirement set this Excel supports (what
   * Office.context.requirements.isSetSupported answers); 1.9 is the manifest's minimum.
   */
  apiVersion = '1.9';
  /** The user is typing in a cell: a request fails (InvalidOperationInCellEditMode) unless its run asked Excel to wait. */
  cellEditMode = false;
  /** Runs that waited for cell edit mode to end (delayForCellEdit). */
  delayedRuns = 0;
  /** Ctrl+Z, when a test turns it on (it copies the workbook before each writing request). */
  undoStack: UndoStack | null = null;
  /** Commands that do not support undo: in a merged undo group they fail with UndoNotSupported. */
  readonly undoUnsupported = new Set<string>(['deleteSheet']);

  /** Whether isSetSupported('ExcelApi', version) holds here. */
  supports(version: string): boolean {
    const [a, b] = version.split('.').map(Number);
    const [x, y] = this.apiVersion.split('.').map(Number);
    return a < x || (a === x && b <= y);
  }

  recordUndo(reachesParts = true): UndoStack {
    this.undoStack = new UndoStack(this);
    this.undoStack.reachesParts = reachesParts;
    return this.undoStack;
  }

  /** The workbook as it is now, and a function that puts it back. */
  snapshot(withParts: boolean): () => void {
    const sheets = this.sheets.map((sheet) => ({
      sheet,
      name: sheet.name,
      cells: sheet.cells.map((row) => row?.map((c) => (c ? { ...c } : c))),
      formats: sheet.conditionalFormats.map((f) => ({ ...f })),
      charts: [...sheet.charts],
      validations: [...sheet.validations],
    }));
    const tables = this.tables.map((t) => ({ table: t, rect: { ...t.rect }, name: t.name }));
    const parts = [...this.parts];
    return () => {
      this.sheets.splice(0, this.sheets.length, ...sheets.map((x) => x.sheet));
      for (const x of sheets) {
        x.sheet.name = x.name;
        x.sheet.cells.splice(0, x.sheet.cells.length, ...(x.cells as (Cell | undefined)[][]));
        x.sheet.conditionalFormats.splice(0, x.sheet.conditionalFormats.length, ...x.formats);
        x.sheet.charts.splice(0, x.sheet.charts.length, ...x.charts);
        x.sheet.validations.splice(0, x.sheet.validations.length, ...x.validations);
      }
      this.tables.splice(0, this.tables.length, ...tables.map((x) => Object.assign(x.table, { rect: x.rect, name: x.name })));
      if (withParts) this.parts = parts;
    };
  }

  /**
   * Runs before each request is sent: another user of the workbook (co-authoring in Excel on the
   * web, or a second task pane) changing it between two requests of the add-in's. Told whether the
   * request about to go would write.
   */
  betweenSyncs: ((next: { writes: boolean }) => Promise<void> | void) | null = null;
  /** Makes a command fail when it runs, to see what a failed request leaves behind. */
  failWhen: ((command: string, request: number) => boolean) | null = null;
  /**
   * Whether text written into a cell formatted "@" stays text ("=1+1" too). No page promises it;
   * the self-test probes it, and a test can make the fake an Excel where it does not hold.
   */
  textFormatProtects = true;
  /** An Excel whose Range.conditionalFormats lists every format of the sheet, not only those that intersect the range. */
  conditionalFormatsOfWholeSheet = false;
  /** An Excel that takes a chart's first column for a series even when it holds text (its guess is undocumented). */
  chartsTakeFirstColumnAsSeries = false;
  /** How a read over READ_CELL_LIMIT cells is answered: RangeExceedsLimit, or (as a host may) values null. */
  overLimitRead: 'error' | 'null' = 'error';
  /** Excel on the web refuses a response over 5 MB; Excel on Windows and Mac has no such limit (null). */
  responseLimit: number | null = PAYLOAD_LIMIT;
  readonly stats = { syncs: 0, requests: [] as RequestStats[] };
  private nextId = 1;
  private deletedSheets = 0;

  get active(): FakeSheet {
    return this.activeSheet;
  }
  /** Shows a sheet, as activate() or select() do; the onActivated handlers hear of it after the request, if it changed. */
  set active(sheet: FakeSheet) {
    const changed = this.activeSheet !== undefined && this.activeSheet !== sheet;
    this.activeSheet = sheet;
    if (changed) for (const h of this.activatedHandlers) setTimeout(() => void h({ worksheetId: sheet.id, type: 'WorksheetActivated' }), 0);
  }
  addSheet(name: string): FakeSheet {
    checkSheetName(name, this.sheets);
    const sheet = new FakeSheet(name, `{sheet-${this.sheets.length + this.deletedSheets + 1}}`);
    this.sheets.push(sheet);
    if (!this.activeSheet) {
      this.activeSheet = sheet;
      this.selection = { sheet, rect: { row: 1, column: 0, rows: 1, columns: 1 } };
    }
    return sheet;
  }
  /** Worksheets.getItem takes a name (any case) or an id. */
  sheet(nameOrId: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === nameOrId.toLowerCase());
    if (!sheet) throw excelError('ItemNotFound', `sheet ${nameOrId}`);
    return sheet;
  }
  renameSheet(sheet: FakeSheet, name: string): void {
    checkSheetName(
      name,
      this.sheets.filter((s) => s !== sheet),
    );
    sheet.name = name;
  }
  /** Worksheet.delete: its tables go with it; Excel refuses to delete the last visible sheet and shows another if it was shown. */
  deleteSheet(sheet: FakeSheet): void {
    this.check('deleteSheet');
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (visible.length === 1 && visible[0] === sheet) throw excelError('InvalidOperation', 'a workbook must keep one visible sheet');
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.deletedSheets++;
    for (const t of this.tables.filter((t) => t.sheet === sheet)) this.tables.splice(this.tables.indexOf(t), 1);
    if (this.activeSheet === sheet) this.active = this.sheets.find((s) => s.visibility === 'Visible')!;
    if (this.selection.sheet === sheet) this.selection = { sheet: this.activeSheet, rect: { row: 1, column: 0, rows: 1, columns: 1 } };
  }
  selectionRect(): { sheet: FakeSheet; rect: Rect } {
    if (!this.selectionIsRange) throw excelError('InvalidSelection', 'the current selection is not a range');
    return this.selection;
  }

  /** range.values = …: null leaves a cell alone; text is parsed as Excel parses typing unless the cell is formatted as text. */
  /**
   * Typing into the empty column right of a table makes Excel take the column into the table
   * (AutoCorrect's automatic expansion of lists, on by default:
   * https://learn.microsoft.com/office/vba/api/excel.autocorrect.autoexpandlistrange), and a
   * header that repeats one of the table's is renamed ("Pulje2"). No page says whether a write from
   * an add-in does the same, so the fake does it: the adapter must not rely on it not happening.
   */
  private expandTables(sheet: FakeSheet, rect: Rect): void {
    for (const t of this.tables.filter((x) => x.sheet === sheet)) {
      const right = t.rect.column + t.rect.columns;
      const touchesHeader = rect.row <= t.rect.row && rect.row + rect.rows > t.rect.row;
      if (rect.column !== right || !touchesHeader || sheet.cell(t.rect.row, right) === undefined) continue;
      let columns = 0;
      while (columns < rect.columns && String(sheet.cell(t.rect.row, right + columns)?.value ?? '') !== '') columns++;
      if (columns === 0) continue;
      t.rect = { ...t.rect, columns: t.rect.columns + columns };
      const seen = new Set<string>();
      for (let c = t.rect.column; c < t.rect.column + t.rect.columns; c++) {
        const cell = sheet.cell(t.rect.row, c)!;
        let name = String(cell?.value ?? '');
        for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${String(cell.value)}${n}`;
        seen.add(name.toLowerCase());
        if (name !== String(cell?.value ?? '')) sheet.put(t.rect.row, c, { ...cell, value: name });
      }
    }
  }

  writeValues(sheet: FakeSheet, rect: Rect, values: unknown): void {
    const before = new Set(this.tables.filter((t) => t.sheet === sheet).map((t) => t.rect.column + t.rect.columns));
    this.writeCellValues(sheet, rect, values);
    if (before.has(rect.column)) this.expandTables(sheet, rect);
  }

  private writeCellValues(sheet: FakeSheet, rect: Rect, values: unknown): void {
    this.eachCell(rect, values, (row, column, v) => {
      if (v === null || v === undefined) return;
      // "Total number of characters that a cell can contain: 32,767", on every host
      // (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
      if (typeof v === 'string' && v.length > CELL_CHARS) throw excelError('InvalidArgument', `${v.length} characters in one cell`);
      const old = sheet.cell(row, column);
      const format = old?.format;
      sheet.put(row, column, { ...excelInput(v as Scalar, format, this.textFormatProtects), format, bold: old?.bold });
    });
  }

  writeFormats(sheet: FakeSheet, rect: Rect, formats: unknown): void {
    this.eachCell(rect, formats, (row, column, f) => {
      if (f === null || f === undefined) return;
      const old = sheet.cell(row, column) ?? { value: '' };
      sheet.put(row, column, { ...old, format: String(f) });
    });
  }

  clearCells(sheet: FakeSheet, rect: Rect, applyTo: string): void {
    for (let r = 0; r < rect.rows; r++)
      for (let c = 0; c < rect.columns; c++) {
        const cell = sheet.cell(rect.row + r, rect.column + c);
        if (!cell) continue;
        const contents = applyTo === 'All' || applyTo === 'Contents';
        const formats = applyTo === 'All' || applyTo === 'Formats';
        const left = { value: contents ? '' : cell.value, formula: contents ? undefined : cell.formula, format: formats ? undefined : cell.format, bold: formats ? undefined : cell.bold };
        sheet.put(rect.row + r, rect.column + c, left.value === '' && left.format === undefined && !left.bold ? undefined : left);
      }
  }

  setBold(sheet: FakeSheet, rect: Rect, bold: boolean): void {
    for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.columns; c++) sheet.put(rect.row + r, rect.column + c, { ...(sheet.cell(rect.row + r, rect.column + c) ?? { value: '' }), bold });
  }

  /** conditionalFormats.clearAll() on a range: rules inside it go; rules reaching outside it are cut. */
  clearConditionalFormats(sheet: FakeSheet, rect: Rect): void {
    for (const cf of [...sheet.conditionalFormats]) {
      if (contains(rect, cf.rect)) sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
      else if (intersects(rect, cf.rect)) cf.clipped = true;
    }
  }

  addTable(sheet: FakeSheet, rect: Rect): FakeTable {
    if (this.tables.some((t) => t.sheet === sheet && intersects(t.rect, rect))) throw excelError('InvalidOperation', 'tables cannot overlap');
    let n = this.tables.length + 1;
    while (this.tables.some((t) => t.name === `Tabel${n}`)) n++;
    const table: FakeTable = { name: `Tabel${n}`, sheet, rect, style: 'TableStyleMedium2' };
    this.tables.push(table);
    return table;
  }

  /** Every conditional format of the workbook, on every sheet. */
  allConditionalFormats(): FakeConditionalFormat[] {
    return this.sheets.flatMap((s) => s.conditionalFormats);
  }

  /** A conditional format's id, given on first asking, as Excel has one for each. */
  conditionalFormatId(cf: FakeConditionalFormat): string {
    return (cf.id ??= `{cf-${this.nextId++}}`);
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === name || s.name.toLowerCase() === name.toLowerCase());
  }

  /** Excel will not delete a workbook's last visible sheet; a deleted sheet takes its tables with it. */

  findTable(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /** A table's name is unique in the workbook, without regard to case, and is a name (no spaces, not starting with a digit). */
  renameTable(table: FakeTable, name: string): void {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) throw excelError('InvalidArgument', `table name ${name}`);
    if (this.tables.some((t) => t !== table && t.name.toLowerCase() === name.toLowerCase())) throw excelError('ItemAlreadyExists', `table ${name}`);
    table.name = name;
  }

  /** range.dataValidation.rule = …: replaces the range's validations, as one rule per cell does in Excel. */
  setValidationRule(sheet: FakeSheet, rect: Rect, list: FakeValidation['list']): void {
    for (const v of sheet.validations.filter((x) => intersects(x.rect, rect))) sheet.validations.splice(sheet.validations.indexOf(v), 1);
    sheet.validations.push({ rect, list, alert: true, message: '' });
  }

  setValidationAlert(sheet: FakeSheet, rect: Rect, alert: { showAlert: boolean; message?: string }): void {
    const v = sheet.validations.find((x) => formatAddress(x.rect) === formatAddress(rect));
    if (!v) throw excelError('InvalidOperation', 'no validation rule on the range');
    v.alert = alert.showAlert;
    v.message = alert.message ?? '';
  }

  setColumnWidth(sheet: FakeSheet, rect: Rect, points: number): void {
    for (let c = rect.column; c < rect.column + rect.columns; c++) sheet.columnWidths[c] = points;
  }

  table(name: string): FakeTable {
    const table = this.tables.find((t) => t.name === name);
    if (!table) throw excelError('ItemNotFound', `table ${name}`);
    return table;
  }

  /**
   * A cap on one custom XML part's size (null: none). No page documents one for Excel; Word on the
   * web refuses parts over about 1 MB, so a test can hold the adapter to that.
   */
  partSizeLimit: number | null = null;
  /**
   * getXml hands a part back as a serialiser writes it again rather than as it was added: quotes
   * as &quot; and &apos;, line ends as CR LF. XML allows both, and no page promises otherwise.
   */
  reserialiseXml = false;

  addPart(xml: string): FakePart {
    if (this.partSizeLimit !== null && utf8Length(xml) > this.partSizeLimit) throw excelError('InvalidArgument', `a custom XML part of ${utf8Length(xml)} bytes`);
    const namespaceUri = checkXml(xml);
    const part = { id: `{${String(this.nextId++).padStart(8, '0')}-MOCK}`, xml, namespaceUri };
    this.parts.push(part);
    return part;
  }

  /** A part's XML as getXml hands it back. */
  partXml(id: string): string {
    const xml = `<?xml version="1.0" encoding="utf-8"?>\n${this.part(id).xml}`;
    if (!this.reserialiseXml) return xml;
    // Only text between tags is touched; the declaration and the root element's namespace stay.
    return xml.replace(/>([^<]*)</g, (_, text: string) => `>${text.replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '\r\n')}<`);
  }

  part(id: string): FakePart {
    const part = this.parts.find((p) => p.id === id);
    if (!part) throw excelError('ItemNotFound', `custom XML part ${id}`);
    return part;
  }

  deletePart(id: string): void {
    this.part(id);
    this.parts = this.parts.filter((p) => p.id !== id);
  }

  /** True while a request of a merged undo group runs. */
  mergingUndo = false;

  check(command: string): void {
    // "If an API within the group doesn't offer undo support, the UndoNotSupported error is thrown"
    // (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
    if (this.mergingUndo && this.undoUnsupported.has(command)) throw excelError('UndoNotSupported', `${command} cannot be undone`);
    if (this.failWhen?.(command, this.stats.syncs)) throw excelError('GeneralException', `${command} failed (injected)`);
  }

  private eachCell(rect: Rect, grid: unknown, visit: (row: number, column: number, v: unknown) => void): void {
    const rows = grid as unknown[][];
    if (!Array.isArray(rows) || rows.length !== rect.rows || rows.some((r) => !Array.isArray(r) || r.length !== rect.columns)) {
      throw excelError('InvalidArgument', `the array does not match the size of ${formatAddress(rect)}`);
    }
    rows.forEach((r, i) => r.forEach((v, c) => visit(rect.row + i, rect.column + c, v)));
  }
}

/** Excel's rules for a sheet name: unique without regard to case, at most 31 characters, none of \ / ? * [ ] :. */
function checkSheetName(name: string, others: readonly FakeSheet[]): void {
  if (others.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw excelError('ItemAlreadyExists', `sheet ${name}`);
  if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name)) throw excelError('InvalidArgument', `sheet name ${name}`);
}

/** How Excel takes a value written into a cell: text formatted "@" stays text; otherwise "=…" is a formula. */
function excelInput(v: Scalar, format: string | undefined, textFormatProtects = true): Pick<Cell, 'value' | 'formula'> {
  if (typeof v !== 'string' || (format === '@' && textFormatProtects)) return { value: v };
  if (/^[=+\-@]./.test(v) && !/^[+-]?\d+([.,]\d+)?$/.test(v)) return { value: '#NAVN?', formula: v };
  if (/^-?\d+(\.\d+)?$/.test(v)) return { value: Number(v) };
  return { value: v };
}

/** What Excel checks when a part is added: well-formed text, one root element with a namespace. */
function checkXml(xml: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters XML 1.0 cannot hold are the point
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml) || /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(xml)) {
    throw excelError('InvalidArgument', 'the XML holds characters XML cannot hold');
  }
  const root = /^<([A-Za-z][\w.-]*)\s+xmlns="([^"]+)"\s*>([\s\S]*)<\/\1>$/.exec(xml);
  if (!root) throw excelError('InvalidArgument', 'not one root element with a namespace');
  if (/</.test(root[3]) || /&(?!(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(root[3])) throw excelError('InvalidArgument', 'the XML is not well-formed');
  return root[2];
}
