import { Agreement, AllocationState, parseState } from '../core';
import * as da from '../core/da';
import { StoredData } from '../port/workbookPort';

/**
 * The allocation state the workbook carries, for this agreement: null when none is stored yet; an
 * error in Danish when it did not come back whole, cannot be read, or belongs to another agreement.
 */
export function storedState(stored: StoredData, agreement: Agreement): { ok: true; state: AllocationState | null } | { ok: false; error: string } {
  if (stored.damaged?.includes('state')) return { ok: false, error: da.workbook.stateCorrupt(da.workbook.stateNotWhole) };
  if (stored.state === null) return { ok: true, state: null };
  const parsed = parseState(stored.state, agreement.id);
  if (parsed.ok) return { ok: true, state: parsed.state };
  const other = parsed.agreement;
  return { ok: false, error: other !== undefined && other !== agreement.id ? da.workbook.stateOtherAgreement(other, agreement.id) : da.workbook.stateCorrupt(da.state.problem(parsed.error)) };
}
