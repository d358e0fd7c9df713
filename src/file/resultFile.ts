import type ExcelJS from 'exceljs';
import { exceljs } from './exceljsModule';
import { writeFileSync } from 'fs';
import { Agreement, CellValue, Decision } from '../core';
import { resultCells, resultColumnStart } from '../core/results/resultCells';
import * as da from '../core/da';
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from '../core/results/excelLimits';
import { cellText, lastFilled } from '../core/sheet/cellText';
import { csvText } from './csv';
import { FileProblem } from './errors';
import { CutCell, fitWorkbookToExcel } from './excelFit';
import { FileKind, LoadedSheet } from './vacancyFile';

/**
 * Writes the input sheet with the result columns added to its right to `path` (a temporary file
 * the caller moves into place); the input's own cells are copied unchanged, except that in xlsx a
 * text past Excel's cell limit is cut (returned, so the user is told) and in CSV nothing can
 * become a formula. `output` is the name the user gave, for messages.
 */
export async function writeResultFile(
  path: string,
  kind: FileKind,
  output: string,
  loaded: LoadedSheet,
  headerRow: number,
  decisions: readonly Decision[],
  agreement: Agreement,
): Promise<CutCell[]> {
  const table: readonly (readonly CellValue[])[] = loaded.table;
  const usedWidth = table.reduce((w, row) => Math.max(w, lastFilled(row) + 1), 0);
  const start = resultColumnStart(table[headerRow - 1] ?? [], usedWidth);
  const byRow = new Map(decisions.map((d) => [d.row, resultCells(d, agreement)]));
  if (kind === 'csv') {
    writeCsv(path, loaded, headerRow, start, byRow);
    return [];
  }
  if (table.length > EXCEL_MAX_ROWS) throw new FileProblem(da.file.tooManyRows(output, table.length));
  if (start + da.resultColumns.length > EXCEL_MAX_COLUMNS) throw new FileProblem(da.file.tooManyColumns(output, start + da.resultColumns.length));
  return writeXlsx(path, loaded, headerRow, start, byRow);
}

type ResultsByRow = Map<number, (string | number | null)[]>;

function writeCsv(path: string, loaded: LoadedSheet, headerRow: number, start: number, byRow: ResultsByRow): void {
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

async function writeXlsx(path: string, loaded: LoadedSheet, headerRow: number, start: number, byRow: ResultsByRow): Promise<CutCell[]> {
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  if (loaded.kind === 'xlsx') {
    workbook = loaded.workbook;
    sheet = workbook.getWorksheet(loaded.sheetName)!;
  } else {
    // A CSV's cells are text; they stay text, exactly as typed.
    workbook = new (exceljs().Workbook)();
    sheet = workbook.addWorksheet('Ledige boliger');
    loaded.table.forEach((cells, i) => cells.forEach((v, c) => (sheet.getCell(i + 1, c + 1).value = v === '' ? null : v)));
  }
  da.resultColumns.forEach((h, i) => {
    const cell = sheet.getCell(headerRow, start + i + 1);
    cell.value = h;
    cell.font = { bold: true };
  });
  for (const [row, values] of byRow) {
    // Strings are stored as text cells by exceljs, never as formulas, whatever they begin with.
    values.forEach((v, i) => (sheet.getCell(row, start + i + 1).value = v));
    if (values[0] === da.outcomeLabel.municipality) {
      sheet.getCell(row, start + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } };
    }
  }
  sheet.getColumn(start + 5).width = 80;
  const cut = fitWorkbookToExcel(workbook);
  await workbook.xlsx.writeFile(path);
  return cut;
}
