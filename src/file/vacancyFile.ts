import type ExcelJS from 'exceljs';
import { extname } from 'path';
import { CellValue } from '../core';
import * as da from '../core/da';
import { Delimiter } from './csv';
import { readCsvTable } from './csvTable';
import { FileProblem } from './errors';
import { sameName } from '../core/results';
import { loadXlsx, readUserFile } from './readFile';
import { fromExcelCell } from './xlsxCells';

/** A vacancy sheet as read from disk, with what is needed to write it back out with results. */
export type LoadedSheet =
  { kind: 'xlsx'; path: string; sheetName: string; table: CellValue[][]; workbook: ExcelJS.Workbook } | { kind: 'csv'; path: string; sheetName: string; table: string[][]; delimiter: Delimiter };

export type FileKind = 'xlsx' | 'csv';

export function fileKind(path: string): FileKind | undefined {
  const ext = extname(path).toLowerCase();
  return ext === '.xlsx' || ext === '.xlsm' ? 'xlsx' : ext === '.csv' || ext === '.txt' ? 'csv' : undefined;
}

/** A .csv read as its table, or an .xlsx opened as its workbook; anything wrong with it is a FileProblem in Danish that names the file. */
export async function openTableFile(path: string): Promise<{ kind: 'csv'; table: string[][]; delimiter: Delimiter } | { kind: 'xlsx'; workbook: ExcelJS.Workbook }> {
  const kind = fileKind(path);
  if (kind === undefined) throw new FileProblem(da.file.unsupportedInput(path), 'usage');
  const bytes = readUserFile(path);
  if (kind === 'csv') {
    const parsed = readCsvTable(bytes);
    if (!parsed.ok) throw new FileProblem(da.file.unclosedQuote(path, parsed.unclosedQuoteLine));
    return { kind, table: parsed.table, delimiter: parsed.delimiter };
  }
  return { kind, workbook: await loadXlsx(bytes, path) };
}

/** Reads a vacancy file; anything wrong with it is a FileProblem in Danish that names the file. */
export async function loadVacancyFile(path: string, sheetName?: string): Promise<LoadedSheet> {
  const opened = await openTableFile(path);
  if (opened.kind === 'csv') return { kind: 'csv', path, sheetName: '', table: opened.table, delimiter: opened.delimiter };
  const { workbook } = opened;
  // A workbook may carry its agreement, register and requests beside the vacancies: without --sheet, those sheets are passed over.
  const sheet = sheetName === undefined ? (workbook.worksheets.find((w) => !NOT_VACANCIES.some((name) => sameName(w.name, name))) ?? workbook.worksheets[0]) : workbook.getWorksheet(sheetName);
  if (sheet === undefined) {
    throw new FileProblem(
      sheetName === undefined
        ? da.file.noSheets(path)
        : da.file.noSheet(
            path,
            sheetName,
            workbook.worksheets.map((w) => w.name),
          ),
    );
  }
  return { kind: 'xlsx', path, sheetName: sheet.name, table: worksheetTable(sheet), workbook };
}

const NO_CELLS: CellValue[] = [];
/** Sheets that are never the vacancy list unless named: the agreement, the department register, the requests. */
const NOT_VACANCIES = [da.agreementSheet.sheetName, da.register.sheetName, da.requests.sheetName];

/**
 * The sheet from row 1 and column A, so that index + 1 is the row number Excel shows. Only the
 * cells the file has are visited: one stray cell at XFD1048576 costs one row, not 17 billion cells.
 */
export function worksheetTable(sheet: ExcelJS.Worksheet): CellValue[][] {
  const table: CellValue[][] = new Array(sheet.rowCount).fill(NO_CELLS);
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: CellValue[] = new Array(row.cellCount).fill(null);
    row.eachCell({ includeEmpty: false }, (cell, c) => (cells[c - 1] = fromExcelCell(cell)));
    table[r - 1] = cells;
  });
  return table;
}
