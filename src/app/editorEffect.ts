import { Agreement, SheetReadResult } from '../core';
import { Baseline, baseline, liveEffect, LiveEffect } from '../core/agreement';
import { RangeSnapshot, WorkbookPort } from '../port/workbookPort';

/** What the live effect is measured against: the sheet the pane has read, under the original. */
export interface EffectGround {
  rows: Extract<SheetReadResult, { ok: true }>['rows'];
  columns: ReadonlySet<string>;
  base: Baseline;
}

/**
 * Worked out once when the editor opens: the original's decisions on the sheet. Both agreements
 * decide the sheet from empty counters: with the workbook's state, a sheet already allocated would
 * keep every decision in its ledger, and no edit could show what it does.
 */
export async function effectGround(sheet: SheetReadResult | null, original: Agreement): Promise<EffectGround | null> {
  if (!sheet?.ok) return null;
  return { rows: sheet.rows, columns: new Set(Object.keys(sheet.headers.columns)), base: await baseline(sheet.rows, original, null) };
}

export function effectOf(ground: EffectGround, edited: Agreement): Promise<LiveEffect> {
  return liveEffect(ground.rows, ground.base, edited, null, ground.columns);
}

/** "Vis i arket": the changed rows marked in the data sheet with the add-in's own format (the next marking replaces it). */
export async function showChangedRows(port: WorkbookPort, snapshot: RangeSnapshot, rows: readonly number[]): Promise<void> {
  const width = snapshot.values.reduce((w, row) => Math.max(w, row.length), 1);
  const area = { firstRow: snapshot.firstRow, lastRow: snapshot.firstRow + snapshot.values.length - 1, firstColumn: snapshot.firstColumn, lastColumn: snapshot.firstColumn + width - 1 };
  await port.highlightRows(snapshot.sheetName, area, [...rows]);
  if (rows.length > 0) await port.selectCell(snapshot.sheetName, rows[0], snapshot.firstColumn);
}
