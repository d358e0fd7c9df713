import { Agreement, parseState, SheetReadResult } from '../core';
import { Baseline, baseline, liveEffect, LiveEffect } from '../core/agreement/editor';
import { AllocationState } from '../core/allocation/state';
import { RangeSnapshot, WorkbookPort } from '../port/workbookPort';

/** What the live effect is measured against: the sheet the pane has read, from the workbook's state, under the original. */
export interface EffectGround {
  rows: Extract<SheetReadResult, { ok: true }>['rows'];
  columns: ReadonlySet<string>;
  state: AllocationState | null;
  base: Baseline;
}

/**
 * Worked out once when the editor opens: the original's decisions on the sheet, continuing the
 * workbook's counters when they are the original's (as Fordel would), else from zero.
 */
export async function effectGround(port: WorkbookPort, sheet: SheetReadResult | null, original: Agreement): Promise<EffectGround | null> {
  if (!sheet?.ok) return null;
  const stored = await port.loadStored();
  const parsed = stored.state === null ? null : parseState(stored.state, original.id);
  const state = parsed?.ok ? parsed.state : null;
  return { rows: sheet.rows, columns: new Set(Object.keys(sheet.headers.columns)), state, base: await baseline(sheet.rows, original, state) };
}

export function effectOf(ground: EffectGround, edited: Agreement): Promise<LiveEffect> {
  return liveEffect(ground.rows, ground.base, edited, ground.state, ground.columns);
}

/** "Vis i arket": the changed rows marked in the data sheet with the add-in's own format (the next marking replaces it). */
export async function showChangedRows(port: WorkbookPort, snapshot: RangeSnapshot, rows: readonly number[]): Promise<void> {
  const width = snapshot.values.reduce((w, row) => Math.max(w, row.length), 1);
  const area = { firstRow: snapshot.firstRow, lastRow: snapshot.firstRow + snapshot.values.length - 1, firstColumn: snapshot.firstColumn, lastColumn: snapshot.firstColumn + width - 1 };
  await port.highlightRows(snapshot.sheetName, area, [...rows]);
  if (rows.length > 0) await port.selectCell(snapshot.sheetName, rows[0], snapshot.firstColumn);
}
