import { Agreement } from '../core';
import { checkLettings, CheckResult } from '../core/check';
import { checkTables } from '../core/check';
import * as da from '../core/da';
import { DataTarget, WorkbookPort } from '../port/workbookPort';
import { AskReplace, makeReport } from './reports';
import { NO_SIDE_SHEETS, readSideTables, SideSheets } from './sideTables';

export type CheckRun = { ok: true; result: CheckResult; sheetName: string; firstColumn: number; report: { name: string; replaced: boolean } | null } | { ok: false; error: string };

/**
 * The allocation officer's check of the lettings log in the target sheet: a report sheet of the
 * add-in's own (pools, deviations, what is not let yet, what cannot be read), and the deviating
 * rows marked in the log by a conditional format the add-in owns.
 */
export async function checkInWorkbook(port: WorkbookPort, agreement: Agreement, target: DataTarget | undefined, ask: AskReplace, sideSheets: SideSheets = NO_SIDE_SHEETS): Promise<CheckRun> {
  const snapshot = await port.readData(target);
  const side = await readSideTables(port, [agreement], sideSheets);
  if (!side.ok) return { ok: false, error: side.error };
  const r = await checkLettings(snapshot.values, agreement, null, { firstRow: snapshot.firstRow, firstColumn: snapshot.firstColumn }, side.inputs);
  if (!r.ok) return { ok: false, error: r.error };
  const width = snapshot.values.reduce((w, row) => Math.max(w, row.length), 1);
  const area = { firstRow: snapshot.firstRow, lastRow: snapshot.firstRow + snapshot.values.length - 1, firstColumn: snapshot.firstColumn, lastColumn: snapshot.firstColumn + width - 1 };
  await port.highlightRows(
    snapshot.sheetName,
    area,
    r.result.deviations.map((d) => d.row),
  );
  const report = await makeReport(port, { kind: 'check', baseName: da.check.reportSheet, tables: checkTables(r.result), titled: true, charts: [] }, ask);
  return { ok: true, result: r.result, sheetName: snapshot.sheetName, firstColumn: snapshot.firstColumn, report };
}
