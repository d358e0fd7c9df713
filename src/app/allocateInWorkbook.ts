import { Agreement, allocate, AllocationResult, parseState, readSheet, serialiseState, SheetReadResult } from '../core';
import { FieldKey } from '../core/sheet/fields';
import * as da from '../core/da';
import { planResultWrite } from '../core/results/resultPlan';
import { withoutResultColumns } from '../core/results/stripResults';
import { Progress, WorkbookPort } from '../port/workbookPort';

export type WorkbookRun =
  | { ok: true; result: AllocationResult; sheet: Extract<SheetReadResult, { ok: true }>; sheetName: string }
  | { ok: false; error: string; sheet?: SheetReadResult };

/**
 * The administrator's weekly job against any workbook: read the vacancy data, continue the stored
 * counters, decide, write the result columns, and store agreement and state with them.
 */
export async function allocateInWorkbook(
  port: WorkbookPort,
  agreement: Agreement,
  options: { overrides?: Partial<Record<FieldKey, number>>; onProgress?: Progress } = {},
): Promise<WorkbookRun> {
  const snapshot = await port.readData();
  const sheet = readSheet(withoutResultColumns(snapshot.values), { firstRow: snapshot.firstRow, firstColumn: snapshot.firstColumn, overrides: options.overrides });
  if (!sheet.ok) return { ok: false, error: sheet.error, sheet };
  const stored = await port.loadStored();
  let state = null;
  if (stored.state !== null) {
    const parsed = parseState(stored.state, agreement.id);
    if (!parsed.ok) {
      const other = parsed.agreement;
      return { ok: false, error: other !== undefined && other !== agreement.id ? da.workbook.stateOtherAgreement(other, agreement.id) : da.workbook.stateCorrupt(parsed.error) };
    }
    state = parsed.state;
  }
  // Deciding is the first half of the work, writing the second.
  const half = (done: number, total: number, offset: number) => options.onProgress?.(offset + done, 2 * total);
  const result = await allocate(sheet.rows, agreement, state, undefined, (d, t) => half(d, t, 0));
  const plan = planResultWrite(snapshot, sheet.headerRow, result.decisions, agreement, stored.results);
  if (!plan.ok) return { ok: false, error: plan.error, sheet };
  await port.writeResults(plan.write, { agreement: agreement.source, state: serialiseState(result.state), results: plan.fingerprint }, (d, t) => half(d, t, t));
  return { ok: true, result, sheet, sheetName: snapshot.sheetName };
}
