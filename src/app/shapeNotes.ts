import { AllocationSummary } from '../core';
import * as da from '../core/da';

/** The Fordel tab's lines after a run with requests or a register: how the requests stand, how many departments the register lacks. */
export function shapeNotes(summary: AllocationSummary): string[] {
  const out: string[] = [];
  const r = summary.requests;
  if (r !== undefined) out.push(da.sideSheets.requestsLine(r.filled.length, r.open.length, r.expired.length));
  const missing = summary.departmentsNotInRegister;
  if (missing !== undefined && missing.length > 0) out.push(da.sideSheets.missingLine(missing.length));
  return out;
}
