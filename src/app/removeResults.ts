import { Agreement } from '../core';
import * as da from '../core/da';
import { ResultFingerprint, stillOwnWrite } from '../core/results';
import { ResultArea, WorkbookPort } from '../port/workbookPort';
import { storedCounters } from './resetDescription';

/** What "Fjern resultater" would remove, and the confirmation that says so. */
export interface Removal {
  /** The result block, or null when its sheet is gone or nothing was written (then only the stored counters go). */
  area: ResultArea | null;
  body: string;
}

/**
 * Ctrl+Z cannot always take a run back (each request is its own undo step in older Excel), so the
 * add-in's own results can be removed on purpose: the five result columns, their highlighting,
 * and the stored counters and ledger. The agreement stays in the workbook. Null when there is
 * nothing of the add-in's to remove. The user is told if the columns hold changes of their own,
 * since those go too.
 */
export async function planRemoval(port: WorkbookPort, agreement: Agreement | null): Promise<Removal | null> {
  const stored = await port.loadStored();
  const written = largest(stored.results, stored.pending ?? null);
  if (written === null && stored.state === null) return null;
  const counters = storedCounters(stored, agreement);
  const state = counters === null ? null : counters === 'unreadable' ? { pools: [], decided: null } : counters;
  if (written === null) return { area: null, body: da.ui.removeBody({ block: null, state }) };
  const list = await port.listSheets();
  const sheetName = list.names.find((n) => n.toLowerCase() === written.sheetName.toLowerCase());
  if (sheetName === undefined) return { area: null, body: da.ui.removeBody({ block: { sheet: written.sheetName, gone: true }, state }) };
  const snapshot = await port.readData({ sheetName, tableName: null });
  const edited = !stillOwnWrite(snapshot, stored.results ?? written, stored.pending ?? null);
  const area = { sheetName, headerRow: written.headerRow, startColumn: written.startColumn, rowCount: written.rowCount };
  return { area, body: da.ui.removeBody({ block: { sheet: sheetName, gone: false, firstRow: area.headerRow, lastRow: area.headerRow + area.rowCount - 1, edited }, state }) };
}

/** Removes what `planRemoval` described, keeping the agreement the workbook carries; returns the notice. */
export async function removeResults(port: WorkbookPort, removal: Removal): Promise<string> {
  const stored = await port.loadStored();
  await port.removeResults(removal.area, { agreement: stored.agreement, state: null, results: null });
  return da.ui.removeDone;
}

/** The larger of the block last written and a write cut short in the same place (it may reach further down). */
function largest(results: ResultFingerprint | null, pending: ResultFingerprint | null): ResultFingerprint | null {
  const samePlace = results !== null && pending !== null && results.sheetName === pending.sheetName && results.headerRow === pending.headerRow && results.startColumn === pending.startColumn;
  if (results === null) return pending;
  return samePlace && pending!.rowCount > results.rowCount ? pending : results;
}
