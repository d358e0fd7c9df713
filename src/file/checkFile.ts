import { exceljs } from './exceljsModule';
import { writeFileSync } from 'fs';
import { CheckResult } from '../core/check';
import { checkTables } from '../core/check';
import { reportCellText } from '../core/results';
import { csvText } from './csv';
import { CutCell, fitWorkbookToExcel } from './excelFit';
import { addExcelTable } from './excelTable';
import { FileKind } from './vacancyFile';

/** The check written as a file: in xlsx a sheet per table, each an Excel table; in CSV the deviations. */
export async function writeCheckFile(path: string, kind: FileKind, result: CheckResult): Promise<CutCell[]> {
  const tables = checkTables(result);
  if (kind === 'csv') {
    const [, deviations] = tables;
    writeFileSync(
      path,
      csvText(
        [deviations.headers, ...deviations.rows].map((r) => r.map(reportCellText)),
        ';',
      ),
      'utf8',
    );
    return [];
  }
  const wb = new (exceljs().Workbook)();
  for (const t of tables) {
    const ws = wb.addWorksheet(t.title);
    addExcelTable(ws, { name: t.title.replace(/[^A-Za-z]/g, '') || 'Tabel', headerRow: 1, headers: t.headers, rows: t.rows.length > 0 ? t.rows : [t.headers.map(() => null)] });
    // The last column of every table but the pools' holds a sentence.
    t.headers.forEach((h, c) => (ws.getColumn(c + 1).width = c === t.headers.length - 1 && t !== tables[0] ? 90 : Math.max(12, h.length + 2)));
  }
  const cut = fitWorkbookToExcel(wb);
  await wb.xlsx.writeFile(path);
  return cut;
}
