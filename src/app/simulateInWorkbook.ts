import { Agreement } from '../core';
import * as da from '../core/da';
import { simulate, SimulationParams, SimulationResult } from '../core/simulation';
import { comparisonReport } from '../core/simulation';
import { Slicer } from '../core/util';
import { DataTarget, WorkbookPort } from '../port/workbookPort';
import { readDataSheet } from './readVacancies';
import { AskReplace, makeReport } from './reports';
import { NO_SIDE_SHEETS, readSideTables, SideSheets } from './sideTables';

export type SimulationRun = { ok: true; result: SimulationResult; report: { name: string; replaced: boolean } | null } | { ok: false; error: string };

/** The negotiators' comparison of agreement variants over the history in the target sheet, written as a sheet with charts. */
export async function simulateInWorkbook(
  port: WorkbookPort,
  agreements: Agreement[],
  params: SimulationParams,
  options: { target?: DataTarget; ask: AskReplace; onProgress?: (done: number, total: number) => void; slicer?: Slicer; sideSheets?: SideSheets },
): Promise<SimulationRun> {
  const { sheet } = await readDataSheet(port, options.target, { slicer: options.slicer });
  if (!sheet.ok) return { ok: false, error: da.sheet.problem(sheet.error) };
  // The register when the workbook has one; an agreement of requests meets the waiting citizens.
  const side = await readSideTables(port, agreements, options.sideSheets ?? NO_SIDE_SHEETS, true);
  if (!side.ok) return { ok: false, error: side.error };
  const result = await simulate(
    sheet.rows,
    agreements,
    params,
    async (done, total) => {
      options.onProgress?.(done, total);
      if (options.slicer) await options.slicer.pause();
    },
    side.inputs.register ?? null,
  );
  const { tables, charts } = comparisonReport(result);
  const report = await makeReport(port, { kind: 'simulation', baseName: da.simulateTab.sheetName, tables, charts, titled: true }, options.ask);
  return { ok: true, result, report };
}
