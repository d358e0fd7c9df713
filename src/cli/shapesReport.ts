import { AllocationSummary } from '../core';
import * as da from '../core/da';

/** The summary's lines for the department register: the sheet's departments it does not have. */
export function registerLines(summary: AllocationSummary): string[] {
  const missing = summary.departmentsNotInRegister;
  if (missing === undefined || missing.length === 0) return [];
  return ['', da.register.missingHeading(missing.length), ...missing.map((m) => `  ${da.register.missingLine(m.organisation, m.department, m.rows)}`)];
}

/** The summary's lines for the municipality's requests: filled (with the days waited), still open, expired. */
export function requestLines(summary: AllocationSummary): string[] {
  const r = summary.requests;
  if (r === undefined) return [];
  const section = (heading: string, lines: string[]) => [`  ${heading}`, ...(lines.length === 0 ? [`    ${da.requests.none}`] : lines.map((l) => `    ${l}`))];
  return [
    '',
    da.requests.heading(r.date),
    ...section(
      da.requests.filledHeading(r.filled.length),
      r.filled.map((f) => da.requests.filledLine(f.request, f.created, f.unitId, f.vacantFrom, f.daysWaited, f.earlier)),
    ),
    ...section(
      da.requests.openHeading(r.open.length),
      r.open.map((o) => da.requests.openLine(o.request, o.created, o.expires, o.daysWaited)),
    ),
    ...section(
      da.requests.expiredHeading(r.expired.length),
      r.expired.map((e) => da.requests.expiredLine(e.request, e.created, e.expires, e.daysWaited)),
    ),
  ];
}
