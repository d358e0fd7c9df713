import type { ResultCell } from '../core/results/resultCells';
import { AgreementSheetCells, AgreementSheetLayout, AgreementSheetWrite, ChartSpec, EMPTY_STORED, HighlightArea, Progress, RangeSnapshot, ReportTable, ResultWrite, StoredData, WorkbookPort } from '../port/workbookPort';
import { readAgreementSheetIn, writeAgreementSheetIn } from './agreementSheet';
import { fillReportSheet } from './reportSheet';
import { isPayloadLimit, readInChunks } from './chunkedRead';
import { highlightRowsIn } from './rowHighlight';
import { a1 } from './a1';
import { planBlocks } from './blocks';
import { writeCells } from './cellWrite';
import { BlockWriter, writeAndStore } from './commit';
import { formatResults } from './highlight';
import { queueRead, queueTableArea, selectedTable, tableSnapshot, usedSnapshot } from './readSnapshot';
import { StoredLayout } from './storedLayout';
import { queuePartList, queueStoredRead, readStored, storedPieces } from './storedParts';
import { uniqueSheetName } from '../core/results/sheetName';
import { fillTableSheet } from './tableSheet';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The workbook port over the Excel JavaScript API (ExcelApi 1.9). Round trips are the cost in
 * Excel, so reads are queued together: allocating a sheet costs one sync to read the data and list
 * the stored parts, one to read the stored data (none when nothing is stored yet), and one per
 * block of results.
 */
export class OfficeWorkbook implements WorkbookPort {
  /** The stored parts as last listed; forgotten after every write, since new parts get new ids. */
  private layout: StoredLayout | null = null;
  /** Stored data fetched by readData's second round trip, handed to the next loadStored. */
  private prefetched: StoredData | null = null;
  /**
   * Excel refused a response for its size (Excel on the web: 5 MB): from then on big reads go in
   * chunks at once. Until then, each read is one request, as Excel on Windows and Mac allow.
   */
  private limited = false;
  /** The last sheet read came in chunks: where responses are limited, the next read of it starts there. */
  private chunked = false;

  constructor(private readonly run: ExcelRun = (b) => Excel.run(b)) {}

  async readData(): Promise<RangeSnapshot> {
    this.prefetched = null;
    try {
      return await this.run((context) => this.read(context, true));
    } catch {
      // The selection is not a range (a chart or shape is selected): read the used range instead.
      return this.run((context) => this.read(context, false));
    }
  }

  async loadStored(): Promise<StoredData> {
    if (this.prefetched) {
      const stored = this.prefetched;
      this.prefetched = null;
      return stored;
    }
    try {
      return await this.run((context) => this.readStoredData(context));
    } catch (error) {
      if (this.layout === null) throw error;
      // The listing was stale (parts changed by a co-author): list again.
      this.layout = null;
      return this.run((context) => this.readStoredData(context));
    }
  }

  async saveStored(stored: StoredData): Promise<void> {
    await this.writing((context, layout) => writeAndStore(context, layout, storedPieces(stored, layout), [], () => undefined));
  }

  async writeResults(write: ResultWrite, stored: StoredData, onProgress?: Progress): Promise<void> {
    await this.writing((context, layout) => {
      const sheet = context.workbook.worksheets.getItem(write.sheetName);
      const width = write.values[0].length;
      const blocks: BlockWriter[] = planBlocks(write.values).map((b) => () => {
        writeCells(sheet, write.headerRow + b.start, write.startColumn, write.values.slice(b.start, b.end), width);
        return b.end - b.start;
      });
      return writeAndStore(context, layout, storedPieces(stored, layout), blocks, () => formatResults(sheet, write), { onProgress, total: write.values.length });
    });
  }

  async createTableSheet(baseName: string, headers: string[], rows: ResultCell[][]): Promise<string> {
    return this.addSheet(baseName, (context, sheet) => fillTableSheet(context, sheet, headers, rows));
  }

  async createReportSheet(baseName: string, tables: ReportTable[], charts: ChartSpec[] = []): Promise<string> {
    return this.addSheet(baseName, (context, sheet) => fillReportSheet(context, sheet, tables, charts));
  }

  /** A new sheet under a name no sheet has yet, filled by `fill`; returns the name. */
  private addSheet(baseName: string, fill: (context: Excel.RequestContext, sheet: Excel.Worksheet) => Promise<void>): Promise<string> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const name = uniqueSheetName(baseName, sheets.items.map((s) => s.name));
      await fill(context, sheets.add(name));
      return name;
    });
  }

  async highlightRows(sheetName: string, area: HighlightArea, rows: number[]): Promise<void> {
    await this.run((context) => highlightRowsIn(context, context.workbook.worksheets.getItem(sheetName), area, rows));
  }

  async selectCell(sheetName: string, row: number, column: number): Promise<void> {
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(a1(row, column)).select();
      await context.sync();
    });
  }

  async writeAgreementSheet(layout: AgreementSheetLayout, options: { replace?: boolean } = {}): Promise<AgreementSheetWrite> {
    return this.run((context) => writeAgreementSheetIn(context, layout, options.replace === true));
  }

  async readAgreementSheet(sheetName: string, tableNames: readonly string[]): Promise<AgreementSheetCells> {
    return this.run((context) => readAgreementSheetIn(context, sheetName, tableNames));
  }

  private async read(context: Excel.RequestContext, withSelection: boolean): Promise<RangeSnapshot> {
    let used: RangeSnapshot | null = null;
    let tableName: string | null = null;
    if (!(this.limited && this.chunked)) {
      const read = queueRead(context, withSelection);
      const layout = queuePartList(context);
      try {
        await context.sync();
        this.layout = layout();
        used = usedSnapshot(read);
        tableName = selectedTable(read);
        this.chunked = false;
      } catch (e) {
        // One request suits every ordinary sheet; only one too big for a response is read in chunks.
        if (!isPayloadLimit(e)) throw e;
        this.limited = true;
      }
    }
    if (used === null) {
      this.chunked = true;
      const big = await readInChunks(context, withSelection);
      this.layout = big.layout;
      used = big.used;
      tableName = big.tableName;
    }
    if (tableName === null) return used;
    // A table needs a second round trip for its position; the stored data rides along, so that
    // loadStored costs nothing and a run still costs two syncs besides its blocks.
    let area = queueTableArea(context, tableName);
    let stored = queueStoredRead(context, this.layout!, this.limited);
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadLimit(e) || this.limited) throw e;
      this.limited = true;
      area = queueTableArea(context, tableName);
      stored = queueStoredRead(context, this.layout!, true);
      await context.sync();
    }
    this.prefetched = stored?.() ?? null;
    return tableSnapshot(used, area, tableName);
  }

  private async readStoredData(context: Excel.RequestContext): Promise<StoredData> {
    if (this.layout === null) {
      const layout = queuePartList(context);
      await context.sync();
      this.layout = layout();
    }
    if (this.layout.current.length === 0) return { ...EMPTY_STORED };
    if (this.limited) return readStored(context, this.layout, true);
    try {
      return await readStored(context, this.layout, false);
    } catch (e) {
      if (!isPayloadLimit(e)) throw e;
      this.limited = true;
      return readStored(context, this.layout, true);
    }
  }

  private async writing(write: (context: Excel.RequestContext, layout: StoredLayout) => Promise<void>): Promise<void> {
    const known = this.layout;
    this.layout = null;
    this.prefetched = null;
    await this.run(async (context) => {
      let layout = known;
      if (layout === null) {
        const list = queuePartList(context);
        await context.sync();
        layout = list();
      }
      await write(context, layout);
    });
  }
}
