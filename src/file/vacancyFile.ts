import ExcelJS from 'exceljs';
import { extname } from 'path';
import { CellValue } from '../core';
import * as da from '../core/da';
import { Delimiter, detectDelimiter, parseCsv } from './csv';
import { decodeText } from './decode';
import { FileProblem } from './errors';
import { sameName } from '../core/results/sheetName';
import { loadXlsx, readFileBytes } from './readFile';
import { fromExcel } from './xlsxCells';

/** A vacancy sheet as read from disk, with what is needed to write it back out with results. */
export type LoadedSheet =
  | { kind: 'xlsx'; path: string; sheetName: string; table: CellValue[][]; workbook: ExcelJS.Workbook }
  | { kind: 'csv'; path: string; sheetName: string; table: string[][]; delimiter: Delimiter };

export type FileKind = 'xlsx' | 'csv';

export function fileKind(path: string): FileKind | undefined {
  const ext = extname(path).toLowerCase();
  return ext === '.xlsx' || ext === '.xlsm' ? 'xlsx' : ext === '.csv' || ext === '.txt' ? 'csv' : undefined;
}

export async function loadVacancyFile(path: string, sheetName?: string): Promise<LoadedSheet> {
  const kind = fileKind(path);
  if (kind === undefined) throw new FileProblem(da.file.unsupportedInput(path), 'usage');
  const bytes = readFileBytes(path);
  if (kind === 'csv') {
    const text = decodeText(bytes).replace(/^\uFEFF/, '');
    const delimiter = detectDelimiter(text);
    return { kind, path, sheetName: '', table: parseCsv(text, delimiter), delimiter };
  }
  const workbook = await loadXlsx(bytes, path);
  // A workbook may carry its agreement beside the vacancies: without --sheet, the agreement sheet is passed over.
  const sheet = sheetName === undefined ? (workbook.worksheets.find((w) => !sameName(w.name, da.agreementSheet.sheetName)) ?? workbook.worksheets[0]) : workbook.getWorksheet(sheetName);
  if (sheet === undefined) {
    throw new FileProblem(sheetName === undefined ? da.file.noSheets : da.file.noSheet(sheetName, workbook.worksheets.map((w) => w.name)));
  }
  return { kind, path, sheetName: sheet.name, table: worksheetTable(sheet), workbook };
}

/** The sheet from row 1 and column A, so that index + 1 is the row number Excel shows. */
function worksheetTable(sheet: ExcelJS.Worksheet): CellValue[][] {
  const table: CellValue[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: CellValue[] = new Array(width);
    for (let c = 1; c <= width; c++) cells[c - 1] = fromExcel(row.getCell(c).value);
    table.push(cells);
  }
  return table;
}
