import type { AgreementFile } from '../core';
import type { CellBlock } from '../core';
import type { ResultFingerprint, ResultWrite } from '../core/results';
import type { ResultCell } from '../core/results';
import type { HighlightArea } from '../core/results';
import type { ChartSpec, ReportKind, ReportSheet, ReportTable } from '../core/results';
import type { AgreementSheetLayout } from '../core/agreement';
import type { AgreementSheetCells } from '../core/agreement';

/** A block of data as read from a sheet (values[0][0] at firstRow, firstColumn), and the Excel table it is in, if any. */
export interface RangeSnapshot extends CellBlock {
  tableName: string | null;
}

export type { ResultFingerprint, ResultWrite, ResultCell, HighlightArea, ReportTable, ChartSpec, ReportKind, ReportSheet };

/** What the add-in keeps in the workbook, so the file carries it to next week and to a colleague. */
export interface StoredData {
  /** The agreement in use, as written. */
  agreement: AgreementFile | null;
  /** The allocation state (counters, cap use, ledger), serialised by serialiseState. */
  state: string | null;
  /** What the add-in last wrote into the result columns. */
  results: ResultFingerprint | null;
  /**
   * A result write begun after this data was stored and never finished (Ctrl+Z took back its last
   * requests, or one failed): its cells are the add-in's too. Only the Office adapter has one.
   */
  pending?: ResultFingerprint;
  /**
   * Parts the adapter found but could not read (they count as null above), so the pane can say
   * so; 'state' is a state that did not come back as it was saved (it is then not to be used).
   */
  damaged?: ('agreement' | 'results' | 'state')[];
}

export const EMPTY_STORED: StoredData = { agreement: null, state: null, results: null };

export type Progress = (done: number, total: number) => void;

/** The data an action works on: a sheet, and the table in it when the data is an Excel table. */
export interface DataTarget {
  sheetName: string;
  tableName: string | null;
}

/** A report sheet the add-in made, and a fingerprint of what it wrote there. */
export interface OwnSheet {
  kind: ReportKind;
  name: string;
  fingerprint: string;
}

/** An agreement variant the user saved in the workbook (the editor's "Gem som variant"). */
export interface StoredVariant {
  file: AgreementFile;
  /** The id of the agreement it was made from, to show what differs; null for a new agreement. */
  basedOn: string | null;
}

export interface SheetList {
  /** The sheet the user is looking at. */
  active: string;
  /** The visible sheets, in tab order. */
  names: string[];
  /** The add-in's own report sheets, as recorded when it made them (the sheet may since be gone). */
  own: OwnSheet[];
}

export type { AgreementSheetLayout, AgreementSheetCells };

/**
 * Writing the agreement sheet: done, or refused before anything changed because a sheet of that
 * name exists (and `replace` was not asked for) or another sheet holds a table of one of its names.
 */
/** The behaviours no Microsoft page promises, which the self-test tries in the user's own Excel. */
export type ProbeName = 'textStaysText' | 'xmlRoundTrip' | 'chartSeries' | 'conditionalFormats';

/** One probe: whether the Excel behaved as the add-in needs, and what it did (Excel's own words, for "Detaljer"). */
export interface ProbeResult {
  probe: ProbeName;
  ok: boolean;
  details: string | null;
}

/** The self-test: only Excel has one (the workbench's file adapter says so). */
export type SelfTestResult = { available: false } | { available: true; probes: ProbeResult[] };

/** Where the add-in's result block lies: its header row and the rows below, in the five result columns. */
export type ResultArea = Pick<ResultFingerprint, 'sheetName' | 'headerRow' | 'startColumn' | 'rowCount'>;

export type AgreementSheetWrite = { ok: true; sheetName: string } | { ok: false; reason: 'sheetExists' | 'tableNameTaken'; name: string };

/** The data an action works on, and what the add-in keeps in the workbook, as one read found them. */
export interface DataAndStored {
  snapshot: RangeSnapshot;
  stored: StoredData;
}

/**
 * The only way the task pane reaches a workbook. Implemented for Excel (Office.js) and for files
 * (exceljs, in Node and in the browser workbench); one contract test suite runs against both.
 */
export interface WorkbookPort {
  /**
   * Without a target: the table the selection is in, else the active sheet's used range. With one:
   * that table, else that sheet's used range, whichever sheet is active.
   */
  readData(target?: DataTarget): Promise<RangeSnapshot>;
  /**
   * readData and loadStored as one operation, for a job that needs both before it decides (in
   * Excel the stored data rides along with the data's own round trips where it can).
   */
  readDataAndStored(target?: DataTarget): Promise<DataAndStored>;
  listSheets(): Promise<SheetList>;
  /**
   * Writes the result block (text always as text, never as a formula), in blocks well under
   * Excel's request limit, highlights municipal rows with a conditional format on the result
   * columns, and saves `stored` together with the last block. Nothing is saved if a write fails.
   */
  writeResults(write: ResultWrite, stored: StoredData, onProgress?: Progress): Promise<void>;
  loadStored(): Promise<StoredData>;
  saveStored(stored: StoredData): Promise<void>;
  /**
   * "Fjern resultater": empties the result block (values, number formats, the bold header) and
   * removes the add-in's highlighting on those columns, and saves `stored` with it, all or nothing
   * (in Excel one undo step where it can be). With no area, only `stored` is saved. The user's own
   * cells and formats stay.
   */
  removeResults(area: ResultArea | null, stored: StoredData): Promise<void>;
  /**
   * Writes a report on a sheet of its own (tables as Excel tables, dates as date cells, text as
   * text; charts over some tables), shows it, and records it as the add-in's own of its kind.
   * `replace` names the add-in's earlier sheet of that kind, which the new one takes the place
   * (and name) of; the earlier one stays if writing fails. Otherwise the name is made unique.
   * Returns the sheet's name.
   */
  writeReport(report: ReportSheet, replace: string | null): Promise<string>;
  /**
   * Marks the given sheet rows within an area with the add-in's own conditional format, replacing
   * the add-in's earlier marking there (never the user's formats). An empty list just clears it.
   */
  highlightRows(sheetName: string, area: HighlightArea, rows: number[]): Promise<void>;
  /** Selects one cell (1-based row, 0-based column), e.g. to show the user a row error. */
  selectCell(sheetName: string, row: number, column: number): Promise<void>;
  /** The agreement variants saved in the workbook, oldest first. */
  loadVariants(): Promise<StoredVariant[]>;
  /** Replaces the saved variants; nothing else stored changes. */
  saveVariants(variants: StoredVariant[]): Promise<void>;
  /**
   * "Selvtest": tries, on a temporary sheet of its own that it removes again, the behaviours of
   * this Excel that no page promises, and from then on takes the safe path where one failed.
   */
  runSelfTest(): Promise<SelfTestResult>;
  /** Calls the listener with the sheet's name whenever the user (or the add-in) shows another sheet; returns how to stop. */
  onSheetActivated(listener: (sheetName: string) => void): () => void;

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
