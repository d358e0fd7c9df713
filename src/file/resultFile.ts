import { columnLetter } from '../core/util';
import type ExcelJS from 'exceljs';
import { exceljs } from './exceljsModule';
import { writeFileSync } from 'fs';
import { Agreement, CellValue, Decision } from '../core';
import * as da from '../core/da';
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from '../core/results';
import { planResultWrite, RefusedBlock, ResultFingerprint, ResultWrite } from '../core/results';
import { resultCells, ResultCell } from '../core/results';
import { cellText, lastFilled } from '../core/sheet';
import { csvText } from './csv';
import { parseStoredJson, storedText, storeText } from './dataSheet';
import { FileProblem } from './errors';
import { CutCell, fitWorkbookToExcel } from './excelFit';
import { writeResultBlock } from './resultBlock';
import { FileKind, LoadedSheet } from './vacancyFile';

/** The sheet a CSV's cells go to when the result is written as a workbook. */
const CSV_SHEET = 'Ledige boliger';

/** A result file planned and checked, ready to write; nothing is written yet. */
export interface ResultFilePlan {
  kind: FileKind;
  loaded: LoadedSheet;
  write: ResultWrite;
  fingerprint: ResultFingerprint;
  /** The result cells by sheet row, uncut: a CSV keeps every character. */
  byRow: Map<number, ResultCell[]>;
}

/**
 * Where the result columns go in the file and what they hold: the plan the task pane makes
 * (core/results/resultPlan.ts), checked the same way. The block goes over the product's own
 * earlier block only when its cells still hold what was written there (the fingerprint a workbook
 * keeps), or, without one, look like the product's; otherwise the run is refused, naming the cells,
 * before anything is written. `output` is the name the user gave, for messages.
 */
export function planResultFile(kind: FileKind, output: string, loaded: LoadedSheet, headerRow: number, decisions: readonly Decision[], agreement: Agreement): ResultFilePlan {
  const table = loaded.table as CellValue[][];
  const sheetName = loaded.kind === 'xlsx' ? loaded.sheetName : CSV_SHEET;
  const plan = planResultWrite({ sheetName, firstRow: 1, firstColumn: 0, values: table, tableName: null }, headerRow, decisions, agreement, previousResults(loaded));
  if (!plan.ok) throw new FileProblem(refusal(output, plan.refused));
  if (kind === 'xlsx') {
    if (table.length > EXCEL_MAX_ROWS) throw new FileProblem(da.file.tooManyRows(output, table.length));
    const end = plan.write.startColumn + da.resultColumns.length;
    if (end > EXCEL_MAX_COLUMNS) throw new FileProblem(da.file.tooManyColumns(output, end));
  }
  const byRow = new Map(decisions.map((d) => [d.row, resultCells(d, agreement)]));
  return { kind, loaded, write: plan.write, fingerprint: plan.fingerprint, byRow };
}

/**
 * Writes the planned file to `path` (a temporary file the caller moves into place): the input's
 * own cells copied unchanged, except that in xlsx a text past Excel's cell limit is cut (returned,
 * so the user is told) and in CSV nothing can become a formula.
 */
export async function writeResultFile(path: string, plan: ResultFilePlan): Promise<CutCell[]> {
  if (plan.kind === 'csv') {
    writeCsv(path, plan);
    return [];
  }
  return writeXlsx(path, plan);
}

/** What a workbook says the product last wrote into it (a CSV keeps no such record). */
function previousResults(loaded: LoadedSheet): ResultFingerprint | null {
  if (loaded.kind !== 'xlsx') return null;
  const text = storedText(loaded.workbook, 'results');
  return text === null ? null : parseStoredJson<ResultFingerprint>(text);
}

function refusal(output: string, r: RefusedBlock): string {
  const cells = `${columnLetter(r.startColumn)}${r.headerRow}:${columnLetter(r.startColumn + da.resultColumns.length - 1)}${r.headerRow + r.rowCount - 1}`;
  return r.edited ? da.file.resultsEdited(output, r.sheetName, cells) : da.file.resultsNotOurs(output, r.sheetName, cells, r.rows);
}

function writeCsv(path: string, plan: ResultFilePlan): void {
  const { loaded, byRow } = plan;
  const { headerRow, startColumn: start } = plan.write;
  const delimiter = loaded.kind === 'csv' ? loaded.delimiter : ';';
  const rows = loaded.table.map((cells: readonly CellValue[], i) => {
    const row = i + 1;
    const added = row === headerRow ? [...da.resultColumns] : (byRow.get(row) ?? []);
    if (added.length === 0) return cells.slice(0, lastFilled(cells) + 1).map(cellText);
    const own = Array.from({ length: start }, (_, c) => cellText(cells[c]));
    return [...own, ...added.map((v) => (v === null ? '' : String(v)))];
  });
  writeFileSync(path, csvText(rows, delimiter), 'utf8');
}

async function writeXlsx(path: string, plan: ResultFilePlan): Promise<CutCell[]> {
  const { loaded } = plan;
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  if (loaded.kind === 'xlsx') {
    workbook = loaded.workbook;
    sheet = workbook.getWorksheet(loaded.sheetName)!;
  } else {
    // A CSV's cells are text; they stay text, exactly as typed.
    workbook = new (exceljs().Workbook)();
    sheet = workbook.addWorksheet(CSV_SHEET);
    loaded.table.forEach((cells, i) => cells.forEach((v, c) => (sheet.getCell(i + 1, c + 1).value = v === '' ? null : v)));
  }
  // The cells uncut: fitWorkbookToExcel cuts them as the plan did (fitExcelCell), and says which it cut.
  const { write, byRow } = plan;
  const values = write.values.map((row, i) => (i === 0 ? row : (byRow.get(write.headerRow + i) ?? row)));
  await writeResultBlock(sheet, { ...write, values });
  // The record the pane keeps too, so the next run over this file can tell the product's cells from the user's.
  storeText(workbook, 'results', JSON.stringify(plan.fingerprint));
  const cut = fitWorkbookToExcel(workbook);
  await workbook.xlsx.writeFile(path);
  return cut;
}
