import { CellValue } from '../core';
import * as da from '../core/da';
import { sameName } from '../core/results';
import { FileProblem } from './errors';
import { openTableFile, worksheetTable } from './vacancyFile';

/**
 * A table the user keeps beside the vacancies (the department register, the requests), from a
 * .csv or an .xlsx. In a workbook, the sheet of the name the task pane looks for (Afdelinger,
 * Forespørgsler), so one workbook can hold the vacancies and both tables; else its first sheet.
 */
export async function loadSideTable(path: string, sheetName: string): Promise<{ table: CellValue[][]; sheetName: string }> {
  const opened = await openTableFile(path);
  if (opened.kind === 'csv') return { table: opened.table, sheetName: '' };
  const sheets = opened.workbook.worksheets;
  const sheet = sheets.find((w) => sameName(w.name, sheetName)) ?? sheets[0];
  if (sheet === undefined) throw new FileProblem(da.file.noSheets(path));
  return { table: worksheetTable(sheet), sheetName: sheet.name };
}
