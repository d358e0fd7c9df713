import { CellValue } from '../core';
import * as da from '../core/da';
import { sameName } from '../core/results/sheetName';
import { readCsvTable } from './csvTable';
import { FileProblem } from './errors';
import { loadXlsx, readUserFile } from './readFile';
import { fileKind, worksheetTable } from './vacancyFile';

/**
 * A table the user keeps beside the vacancies (the department register, the requests), from a
 * .csv or an .xlsx. In a workbook, the sheet of the name the task pane looks for (Afdelinger,
 * Forespørgsler), so one workbook can hold the vacancies and both tables; else its first sheet.
 */
export async function loadSideTable(path: string, sheetName: string): Promise<{ table: CellValue[][]; sheetName: string }> {
  const kind = fileKind(path);
  if (kind === undefined) throw new FileProblem(da.file.unsupportedInput(path), 'usage');
  const bytes = readUserFile(path);
  if (kind === 'csv') {
    const parsed = readCsvTable(bytes);
    if (!parsed.ok) throw new FileProblem(da.file.unclosedQuote(path, parsed.unclosedQuoteLine));
    return { table: parsed.table, sheetName: '' };
  }
  const workbook = await loadXlsx(bytes, path);
  const sheet = workbook.worksheets.find((w) => sameName(w.name, sheetName)) ?? workbook.worksheets[0];
  if (sheet === undefined) throw new FileProblem(da.file.noSheets(path));
  return { table: worksheetTable(sheet), sheetName: sheet.name };
}
