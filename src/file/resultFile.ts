import ExcelJS from 'exceljs';
import { realpathSync, writeFileSync } from 'fs';
import { resolve } from 'path';
import { Agreement, CellValue, Decision } from '../core';
import { resultCells, resultColumnStart } from '../core/results/resultCells';
import * as da from '../core/da';
import { cellText, lastFilled } from '../core/sheet/cellText';
import { csvCell } from './csv';
import { FileProblem } from './errors';
import { fileKind, LoadedSheet } from './vacancyFile';

/** Refuses an output path that is the input file (also through links), before anything is run. */
export function checkOutputPath(input: string, output: string): void {
  if (fileKind(output) === undefined) throw new FileProblem(da.file.unsupportedOutput(output), 'usage');
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  if (real(input) === real(output)) throw new FileProblem(da.file.sameAsInput(input), 'usage');
}

/** Writes the input sheet with the result columns added to its right; the input's own cells are copied unchanged. */
export async function writeResultFile(output: string, loaded: LoadedSheet, headerRow: number, decisions: readonly Decision[], agreement: Agreement): Promise<void> {
  const table: readonly (readonly CellValue[])[] = loaded.table;
  const usedWidth = table.reduce((w, row) => Math.max(w, lastFilled(row) + 1), 0);
  const start = resultColumnStart(table[headerRow - 1] ?? [], usedWidth);
  const byRow = new Map(decisions.map((d) => [d.row, resultCells(d, agreement)]));
  try {
    if (fileKind(output) === 'csv') writeCsv(output, loaded, headerRow, start, byRow);
    else await writeXlsx(output, loaded, headerRow, start, byRow);
  } catch (e) {
    throw new FileProblem(da.file.cannotWrite(output, (e as Error).message));
  }
}


type ResultsByRow = Map<number, (string | number | null)[]>;

function writeCsv(output: string, loaded: LoadedSheet, headerRow: number, start: number, byRow: ResultsByRow): void {
  const delimiter = loaded.kind === 'csv' ? loaded.delimiter : ';';
  const lines = loaded.table.map((cells: readonly CellValue[], i) => {
    const own = Array.from({ length: start }, (_, c) => csvCell(cellText(cells[c]), delimiter, false));
    const row = i + 1;
    const added = row === headerRow ? [...da.resultColumns] : (byRow.get(row) ?? []);
    const ours = added.map((v) => csvCell(v === null ? '' : String(v), delimiter, true));
    return (ours.length > 0 ? [...own, ...ours] : own.slice(0, lastFilled(cells) + 1)).join(delimiter);
  });
  writeFileSync(output, '\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
}

async function writeXlsx(output: string, loaded: LoadedSheet, headerRow: number, start: number, byRow: ResultsByRow): Promise<void> {
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  if (loaded.kind === 'xlsx') {
    workbook = loaded.workbook;
    sheet = workbook.getWorksheet(loaded.sheetName)!;
  } else {
    // A CSV's cells are text; they stay text, exactly as typed.
    workbook = new ExcelJS.Workbook();
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
  await workbook.xlsx.writeFile(output);
}
