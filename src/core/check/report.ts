import * as da from '../da';
import { ReportCell } from '../results/resultCells';
import { CheckResult } from './checkLettings';

/** The check as two tables (pools, deviations), the same for the CLI's workbook and the task pane's sheet. */
export function checkTables(result: CheckResult): { title: string; headers: string[]; rows: ReportCell[][] }[] {
  const poolRows: ReportCell[][] = result.pools.map((p) => [da.poolKeyLabel(p.label, p.key), p.counted, p.entitled, p.delivered, p.delivered - p.entitled, p.declined]);
  for (const [label, t] of [
    [da.check.withoutPool, result.withoutPool],
    [da.check.byRequest, result.byRequest],
  ] as const) {
    if (t.counted > 0) poolRows.push([label, t.counted, t.entitled, t.delivered, t.delivered - t.entitled, t.declined]);
  }
  const deviationRows: ReportCell[][] = result.deviations.map((d) => [d.row, d.unitId, da.check.expectedLabel[d.expected], da.check.actualLabel[d.actual], d.reason]);
  const tables = [
    { title: da.check.reportPoolsTitle, headers: [...da.check.poolColumns], rows: poolRows },
    { title: da.check.reportDeviationsTitle, headers: [...da.check.deviationColumns], rows: deviationRows },
  ];
  // What could not be checked is listed too, so a clean report never hides an unread row.
  if (result.pending.length > 0) {
    tables.push({ title: da.check.reportPendingTitle, headers: [...da.check.rowColumns], rows: result.pending.map((p) => [p.row, p.reason]) });
  }
  if (result.unreadable.length > 0) {
    tables.push({ title: da.check.reportUnreadableTitle, headers: [...da.check.rowColumns], rows: result.unreadable.map((u) => [u.row, u.message]) });
  }
  return tables;
}
