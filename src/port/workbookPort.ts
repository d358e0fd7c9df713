import type { AgreementFile } from '../core';
import type { RangeSnapshot, ResultFingerprint, ResultWrite } from '../core/results/resultPlan';
import type { ResultCell } from '../core/results/resultCells';
import type { HighlightArea } from '../core/results/rowHighlight';
import type { ChartSpec, ReportTable } from '../core/results/report';
import type { AgreementSheetLayout } from '../core/agreement/sheet/layout';
import type { AgreementSheetCells } from '../core/agreement/sheet/cells';

export type { RangeSnapshot, ResultFingerprint, ResultWrite, ResultCell, HighlightArea, ReportTable, ChartSpec };

/** What the add-in keeps in the workbook, so the file carries it to next week and to a colleague. */
export interface StoredData {
  /** The agreement in use, as written. */
  agreement: AgreementFile | null;
  /** The allocation state (counters, cap use, ledger), serialised by serialiseState. */
  state: string | null;
  /** What the add-in last wrote into the result columns. */
  results: ResultFingerprint | null;
}

export const EMPTY_STORED: StoredData = { agreement: null, state: null, results: null };

export type Progress = (done: number, total: number) => void;

export type { AgreementSheetLayout, AgreementSheetCells };

/**
 * Writing the agreement sheet: done, or refused before anything changed because a sheet of that
 * name exists (and `replace` was not asked for) or another sheet holds a table of one of its names.
 */
export type AgreementSheetWrite = { ok: true; sheetName: string } | { ok: false; reason: 'sheetExists' | 'tableNameTaken'; name: string };

/**
 * The only way the task pane reaches a workbook. Implemented for Excel (Office.js) and for files
 * (exceljs, in Node and in the browser workbench); one contract test suite runs against both.
 */
export interface WorkbookPort {
  /** The table the selection is in, else the active sheet's used range; read in one go. */
  readData(): Promise<RangeSnapshot>;
  /**
   * Writes the result block (text always as text, never as a formula), in blocks well under
   * Excel's request limit, highlights municipal rows with a conditional format on the result
   * columns, and saves `stored` together with the last block. Nothing is saved if a write fails.
   */
  writeResults(write: ResultWrite, stored: StoredData, onProgress?: Progress): Promise<void>;
  loadStored(): Promise<StoredData>;
  saveStored(stored: StoredData): Promise<void>;
  /** A new sheet (name made unique) holding the rows as a formatted table; returns the sheet's name. */
  createTableSheet(baseName: string, headers: string[], rows: ResultCell[][]): Promise<string>;
  /**
   * A new sheet with several titled tables below each other (a report), and charts over some of
   * them placed to the right; returns the sheet's name.
   */
  createReportSheet(baseName: string, tables: ReportTable[], charts?: ChartSpec[]): Promise<string>;
  /**
   * Marks the given sheet rows within an area with the add-in's own conditional format, replacing
   * the add-in's earlier marking there (never the user's formats). An empty list just clears it.
   */
  highlightRows(sheetName: string, area: HighlightArea, rows: number[]): Promise<void>;
  /** Selects one cell (1-based row, 0-based column), e.g. to show the user a row error. */
  selectCell(sheetName: string, row: number, column: number): Promise<void>;
  /**
   * Puts an agreement on a new sheet as Excel tables: each table under its bold title, text cells
   * as text, drop-downs (data validation) where the layout asks for them; then shows the sheet.
   * With `replace`, a sheet of that name is deleted first (with its tables); without it, nothing
   * is written when one exists. Names compare without regard to case, as Excel compares them.
   */
  writeAgreementSheet(layout: AgreementSheetLayout, options?: { replace?: boolean }): Promise<AgreementSheetWrite>;
  /** The tables of these names wherever they are in the workbook, and the used range of the sheet (null when there is no such sheet). */
  readAgreementSheet(sheetName: string, tableNames: readonly string[]): Promise<AgreementSheetCells>;
}
