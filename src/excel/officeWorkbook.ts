import { layoutReport, reportFingerprint } from '../core/results';
import type { ReportCell } from '../core/results';
import { uniqueSheetName } from '../core/results';
import {
  AgreementSheetCells,
  AgreementSheetLayout,
  AgreementSheetWrite,
  DataAndStored,
  DataTarget,
  EMPTY_STORED,
  HighlightArea,
  OwnSheet,
  Progress,
  RangeSnapshot,
  ReportSheet,
  ResultArea,
  ResultWrite,
  SelfTestResult,
  SheetList,
  StoredData,
  StoredVariant,
  WorkbookPort,
} from '../port/workbookPort';
import { readAgreementSheetIn, writeAgreementSheetIn } from './agreementSheet';
import { a1 } from './a1';
import { planBlocks } from './blocks';
import { firstFormulaLike, writeCells } from './cellWrite';
import { readInChunks } from './chunkedRead';
import { isCellLimit, isPayloadLimit } from './limitErrors';
import { BlockWriter, writeAndStore } from './commit';
import { clearResults, formatResults } from './highlight';
import { OWN_SHEETS_NAMESPACE, queueJsonPart, queueReplaceJsonPart, VARIANTS_NAMESPACE } from './jsonPart';
import { isOwnSheet, isStoredVariant } from '../port/records';
import { ProbeFindings, runProbes } from './selfTest';
import { DanishError } from '../core/util';
import * as da from '../core/da';
import { pendingXml } from './pendingWrite';
import { blockPrints } from '../core/results';
import { PIECE_BYTES, PIECES_PER_READ } from './limits';
import { queueRead, queueTableArea, selectedTable, tableSnapshot, usedSnapshot } from './readSnapshot';
import { fillReportSheet } from './reportSheet';
import { highlightRowsIn } from './rowHighlight';
import { StoredLayout } from './storedLayout';
import { ExcelRun, officeRun, officeSupports, runOptions, Supports } from './runOptions';
import { queuePartList, queueStoredRead, readStored, storedPieces } from './storedParts';

export type { ExcelRun } from './runOptions';

/**
 * The workbook port over the Excel JavaScript API (ExcelApi 1.9). Round trips are the cost in
 * Excel, so reads are queued together: allocating a sheet costs one sync to read the data and list
 * the stored parts, one to read the stored data (none when nothing is stored yet), and one per
 * block of results.
 */
export class OfficeWorkbook implements WorkbookPort {
  /** The stored parts as last listed; forgotten after every write, since new parts get new ids. */
  private layout: StoredLayout | null = null;
  /**
   * Excel refused a response for its size (Excel on the web: 5 MB): from then on big reads go in
   * chunks at once. Until then, each read is one request, as Excel on Windows and Mac allow.
   */
  private limited = false;
  /** Stored parts read per sync where responses are limited; halved when a response was refused all the same. */
  private partsPerRead = PIECES_PER_READ;
  /** The last sheet read came in chunks (too big for a response, or for one read): the next read starts there. */
  private chunked = false;
  /** What the self-test found in this Excel, this session; until it runs, the documented defaults. */
  private findings: ProbeFindings | null = null;
  private readonly activation = new Set<(sheetName: string) => void>();
  private activationRegistered = false;

  constructor(
    private readonly excelRun: ExcelRun = officeRun,
    private readonly supports: Supports = officeSupports,
  ) {}

  /** Excel.run with the options this Excel has: waiting out cell edit mode, and (for a write) one undo step. */
  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>, wanted: { undoGroup?: boolean } = {}): Promise<T> {
    return this.excelRun(batch, runOptions(this.supports, wanted));
  }

  async readData(target?: DataTarget): Promise<RangeSnapshot> {
    return (await this.readFrom(target, false)).snapshot;
  }

  async readDataAndStored(target?: DataTarget): Promise<DataAndStored> {
    const read = await this.readFrom(target, true);
    return { snapshot: read.snapshot, stored: read.stored ?? { ...EMPTY_STORED } };
  }

  /** The data, and with `withStored` the stored data in the same Excel.run: its parts were listed with the data. */
  private async readFrom(target: DataTarget | undefined, withStored: boolean): Promise<{ snapshot: RangeSnapshot; stored: StoredData | null }> {
    const attempt = (withSelection: boolean) =>
      this.run(async (context) => {
        const read = await this.read(context, withSelection, withStored, target);
        return { snapshot: read.snapshot, stored: withStored ? (read.stored ?? (await this.readStoredData(context))) : null };
      });
    if (target) return attempt(false);
    try {
      return await attempt(true);
    } catch {
      // The selection is not a range (a chart or shape is selected): read the used range instead.
      return attempt(false);
    }
  }

  async runSelfTest(): Promise<SelfTestResult> {
    this.findings = await this.run((context) => runProbes(context));
    return { available: true, probes: this.findings.results };
  }

  /**
   * The safe path where the self-test found that "@" does not keep text as text: text that would
   * become a formula (or a number) is refused before anything is written, naming its cell.
   */
  private refuseFormulaText(sheet: string, firstRow: number, firstColumn: number, rows: readonly (readonly ReportCell[])[]): void {
    if (this.findings === null || this.findings.textStaysText) return;
    const found = firstFormulaLike(rows);
    if (found) throw new DanishError(da.selfTest.formulaTextRefused(sheet, a1(firstRow + found.row, firstColumn + found.column), found.text));
  }

  /** The size of one stored part: smaller where the self-test found a 1 MB part did not come back whole; none where no size did. */
  private pieceBytes(): number {
    if (this.findings === null) return PIECE_BYTES;
    if (this.findings.pieceBytes === null) throw new DanishError(da.selfTest.storageRefused);
    return this.findings.pieceBytes;
  }

  async listSheets(): Promise<SheetList> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      // Worksheet.visibility: ExcelApi 1.1 (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility-member)
      sheets.load('items/name,items/visibility');
      const active = sheets.getActiveWorksheet();
      active.load('name');
      const own = this.queueOwnSheets(context);
      await context.sync();
      return { active: active.name, names: sheets.items.filter((w) => w.visibility === 'Visible').map((w) => w.name), own: (await own()).records };
    });
  }

  async writeReport(report: ReportSheet, replace: string | null): Promise<string> {
    const layout = layoutReport(report);
    this.refuseFormulaText(report.baseName, 1, 0, layout.grid);
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const own = this.queueOwnSheets(context);
      await context.sync();
      const names = sheets.items.map((w) => w.name);
      const old = replace === null ? undefined : names.find((n) => n.toLowerCase() === replace.toLowerCase());
      const name = old ?? uniqueSheetName(report.baseName, names);
      // A replacement is written beside the old sheet first, so a failed write leaves the old one as it was.
      const sheet = sheets.add(old ? uniqueSheetName(`${report.baseName} (ny)`, names) : name);
      try {
        await fillReportSheet(
          context,
          sheet,
          layout,
          report.charts,
          report.tables.map((t) => t.headers),
        );
        await context.sync();
      } catch (e) {
        sheet.delete();
        await context.sync().catch(() => undefined);
        throw e;
      }
      if (old) {
        sheets.getItem(old).delete();
        sheet.name = name;
      }
      const earlier = await own();
      const records: OwnSheet[] = [...earlier.records.filter((o) => o.kind !== report.kind && o.name !== name), { kind: report.kind, name, fingerprint: reportFingerprint(layout.grid) }];
      queueReplaceJsonPart(context, OWN_SHEETS_NAMESPACE, earlier.parts, records);
      sheet.activate();
      await context.sync();
      return name;
    });
  }

  /**
   * Worksheets.onActivated (ExcelApi 1.7) tells which sheet the user turned to; the handler is
   * registered once, on first use, and lives as long as the pane
   * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events).
   */
  onSheetActivated(listener: (sheetName: string) => void): () => void {
    this.activation.add(listener);
    if (!this.activationRegistered) {
      this.activationRegistered = true;
      void this.run(async (context) => {
        context.workbook.worksheets.onActivated.add(async (event) => {
          const name = await this.run(async (c) => {
            const sheet = c.workbook.worksheets.getItem(event.worksheetId);
            sheet.load('name');
            await c.sync();
            return sheet.name;
          });
          for (const l of this.activation) l(name);
        });
        await context.sync();
      }).catch(() => {
        // Without events the Data panel still follows the sheet on "Læs data igen" and on every action.
        this.activationRegistered = false;
      });
    }
    return () => this.activation.delete(listener);
  }

  /** Queues reading which report sheets are the add-in's own; the reader needs one more sync when there is a record. */
  private queueOwnSheets(context: Excel.RequestContext): () => Promise<{ records: OwnSheet[]; parts: string[] }> {
    const read = queueJsonPart(context, OWN_SHEETS_NAMESPACE);
    return async () => {
      const { value, parts } = await read();
      return { records: Array.isArray(value) ? value.filter(isOwnSheet) : [], parts };
    };
  }

  async loadVariants(): Promise<StoredVariant[]> {
    return this.run(async (context) => {
      const read = queueJsonPart(context, VARIANTS_NAMESPACE);
      await context.sync();
      const { value } = await read();
      return Array.isArray(value) ? value.filter(isStoredVariant) : [];
    });
  }

  async saveVariants(variants: StoredVariant[]): Promise<void> {
    await this.run(async (context) => {
      const read = queueJsonPart(context, VARIANTS_NAMESPACE);
      await context.sync();
      const { parts } = await read();
      queueReplaceJsonPart(context, VARIANTS_NAMESPACE, parts, variants);
      await context.sync();
    });
  }

  async loadStored(): Promise<StoredData> {
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
    await this.writing((context, layout) => writeAndStore(context, layout, storedPieces(stored, layout, this.pieceBytes()), [], () => undefined));
  }

  /**
   * One undo step for the whole run where the Excel has mergeUndoGroup; there, and everywhere else,
   * the fingerprint records the blocks (one request and one undo step each without it), so a write
   * that Ctrl+Z cut short is known as the add-in's (core/results/undoBlocks.ts).
   */
  async writeResults(write: ResultWrite, stored: StoredData, onProgress?: Progress): Promise<void> {
    this.refuseFormulaText(write.sheetName, write.headerRow, write.startColumn, write.values);
    const planned = planBlocks(write.values);
    const results = stored.results && {
      ...stored.results,
      blocks: blockPrints(
        write.values,
        write.before,
        planned.map((b) => b.end - b.start),
      ),
    };
    await this.writing(
      (context, layout) => {
        const sheet = context.workbook.worksheets.getItem(write.sheetName);
        const width = write.values[0].length;
        const blocks: BlockWriter[] = planned.map((b) => () => {
          writeCells(sheet, write.headerRow + b.start, write.startColumn, write.values.slice(b.start, b.end), width);
          return b.end - b.start;
        });
        const next = storedPieces({ ...stored, results }, layout, this.pieceBytes());
        return writeAndStore(context, layout, { ...next, pending: results ? pendingXml(layout.base, next.generation, results) : undefined }, blocks, () => formatResults(sheet, write), {
          onProgress,
          total: write.values.length,
        });
      },
      { undoGroup: true },
    );
  }

  async removeResults(area: ResultArea | null, stored: StoredData): Promise<void> {
    await this.writing(
      (context, layout) => {
        const clear: BlockWriter[] = area === null ? [] : [() => clearResults(context.workbook.worksheets.getItem(area.sheetName), area)];
        return writeAndStore(context, layout, storedPieces(stored, layout, this.pieceBytes()), clear, () => undefined);
      },
      { undoGroup: true },
    );
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
    for (const t of layout.tables) this.refuseFormulaText(layout.sheetName, t.headerRow + 1, 0, t.rows);
    return this.run((context) => writeAgreementSheetIn(context, layout, options.replace === true));
  }

  async readAgreementSheet(sheetName: string, tableNames: readonly string[]): Promise<AgreementSheetCells> {
    return this.run((context) => readAgreementSheetIn(context, sheetName, tableNames));
  }

  private async read(context: Excel.RequestContext, withSelection: boolean, withStored: boolean, target?: DataTarget): Promise<{ snapshot: RangeSnapshot; stored: StoredData | null }> {
    let used: RangeSnapshot | null = null;
    let tableName: string | null = null;
    const sheetName = target?.sheetName ?? null;
    if (!this.chunked) {
      const read = queueRead(context, withSelection, 'values', sheetName);
      const layout = queuePartList(context);
      try {
        await context.sync();
        this.layout = layout();
        // A host may answer a read it cannot give with no values at all; that sheet is read in chunks too.
        used = usedSnapshot(read);
        tableName = target ? target.tableName : selectedTable(read);
      } catch (e) {
        // One request suits every ordinary sheet; only one too big for a response, or over the
        // cells Excel reads at once, is read in chunks.
        if (isPayloadLimit(e)) this.limited = true;
        else if (!isCellLimit(e)) throw e;
      }
    }
    this.chunked = used === null;
    if (used === null) {
      const big = await readInChunks(context, withSelection, sheetName, this.limited);
      this.limited = big.limited;
      this.layout = big.layout;
      used = big.used;
      tableName = target ? target.tableName : big.tableName;
    }
    if (tableName === null) return { snapshot: used, stored: null };
    // A table needs a second round trip for its position; the stored data rides along, so that
    // a run still costs two syncs besides its blocks.
    let area = queueTableArea(context, tableName);
    let stored = withStored ? queueStoredRead(context, this.layout!, this.limited, this.partsPerRead) : null;
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadLimit(e)) throw e;
      // Refused for its size: the table alone now, and the stored data after it, a few parts a sync.
      this.limited = true;
      area = queueTableArea(context, tableName);
      stored = null;
      await context.sync();
    }
    return { snapshot: tableSnapshot(used, area(), tableName), stored: stored?.() ?? null };
  }

  private async readStoredData(context: Excel.RequestContext): Promise<StoredData> {
    if (this.layout === null) {
      const layout = queuePartList(context);
      await context.sync();
      this.layout = layout();
    }
    if (this.layout.current.length === 0 && this.layout.pending.length === 0) return { ...EMPTY_STORED };
    const read = await readStored(context, this.layout, this.limited ? this.partsPerRead : this.layout.current.length);
    if (read.refused) this.limited = true;
    if (this.limited) this.partsPerRead = read.perRead;
    return read.stored;
  }

  /**
   * A write against the stored parts as last read. Asked to be one undo step, it is, where the
   * Excel has mergeUndoGroup; if Excel refuses to group it (UndoNotSupported: "If an API within the
   * group doesn't offer undo support", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities),
   * the write is made again ungrouped, against the same stored parts.
   */
  private async writing(write: (context: Excel.RequestContext, layout: StoredLayout) => Promise<void>, wanted: { undoGroup?: boolean } = {}): Promise<void> {
    let known = this.layout;
    this.layout = null;
    const attempt = (options: { undoGroup?: boolean }) =>
      this.run(async (context) => {
        if (known === null) {
          const list = queuePartList(context);
          await context.sync();
          known = list();
        }
        await write(context, known);
      }, options);
    try {
      await attempt(wanted);
    } catch (e) {
      if (!wanted.undoGroup || (e as { code?: unknown })?.code !== 'UndoNotSupported') throw e;
      await attempt({});
    }
  }
}
