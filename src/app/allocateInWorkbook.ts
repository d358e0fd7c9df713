import { Agreement, allocate, AllocationResult, serialiseState, SheetReadResult } from '../core';
import { withResultsWritten } from '../core/results';
import * as da from '../core/da';
import { planResultWrite } from '../core/results';
import { Slicer } from '../core/util';
import { DataTarget, Progress, WorkbookPort } from '../port/workbookPort';
import { ColumnOverrides, DataSheet, readDataSheetAndStored } from './readVacancies';
import { storedState } from './storedState';
import { NO_SIDE_SHEETS, readSideTables, SideSheets } from './sideTables';

export type WorkbookRun =
  | { ok: true; result: AllocationResult; sheet: Extract<SheetReadResult, { ok: true }>; sheetName: string; firstColumn: number; read: DataSheet }
  | { ok: false; error: string; sheet?: SheetReadResult; cancelled?: boolean; read?: DataSheet };

/** Where a run is: reading and deciding can be cancelled; writing, once begun, runs to the end. */
export type RunPhase = 'reading' | 'deciding' | 'writing';

export interface RunOptions {
  /** The data to allocate (the Data panel's); without it, the selection's table or the active sheet. */
  target?: DataTarget;
  overrides?: ColumnOverrides;
  /** Vacancies done of the total, and the phase. */
  onProgress?: (done: number, total: number, phase: RunPhase) => void;
  /** Gives the page a turn while reading and deciding. */
  slicer?: Slicer;
  /** Checked until writing begins: a cancelled run writes nothing and saves nothing. */
  signal?: AbortSignal;
  /** The sheets Afdelinger and Forespørgsler the workbook has (the Data panel's); without it, none are read. */
  sideSheets?: SideSheets;
}

/**
 * The administrator's weekly job against any workbook: read the vacancy data, continue the stored
 * counters, decide, write the result columns, and store agreement and state with them.
 */
export async function allocateInWorkbook(port: WorkbookPort, agreement: Agreement, options: RunOptions = {}): Promise<WorkbookRun> {
  options.onProgress?.(0, 1, 'reading');
  // The one read of the click: the data and the stored data together; the pane shows what it read.
  const { snapshot, stored, sheet } = await readDataSheetAndStored(port, options.target, {
    overrides: options.overrides,
    slicer: options.slicer,
    onProgress: (rows, total) => options.onProgress?.(rows, total, 'reading'),
  });
  const read: DataSheet = { snapshot, sheet };
  const cancelled = (): WorkbookRun => ({ ok: false, error: da.ui.cancelled, cancelled: true, read });
  if (options.signal?.aborted) return cancelled();
  if (!sheet.ok) return { ok: false, error: da.sheet.problem(sheet.error), sheet, read };
  const state = storedState(stored, agreement);
  if (!state.ok) return { ok: false, error: state.error, read };
  // The sheets Afdelinger and Forespørgsler, when the workbook has them (and an agreement that needs one refused without it).
  const side = await readSideTables(port, [agreement], options.sideSheets ?? NO_SIDE_SHEETS);
  if (!side.ok) return { ok: false, error: side.error, sheet, read };
  const total = sheet.rows.length;
  const result = await allocate(
    sheet.rows,
    agreement,
    state.state,
    undefined,
    (done) => {
      options.onProgress?.(done, total, 'deciding');
      if (options.slicer?.due()) return options.slicer.pause();
    },
    side.inputs,
  );
  if (options.signal?.aborted) return cancelled();
  const plan = planResultWrite(snapshot, sheet.headerRow, result.decisions, agreement, stored.results, stored.pending ?? null);
  if (!plan.ok) return { ok: false, error: plan.error, sheet, read };
  const writing: Progress = (done, rows) => options.onProgress?.(Math.round((done / Math.max(1, rows)) * total), total, 'writing');
  await port.writeResults(plan.write, { agreement: agreement.source, state: serialiseState(result.state), results: plan.fingerprint }, writing);
  return { ok: true, result, sheet, sheetName: snapshot.sheetName, firstColumn: snapshot.firstColumn, read: { snapshot: withResultsWritten(snapshot, plan.write), sheet } };
}
