import { Agreement } from '../core';
import { missingInputs } from '../core/agreement';
import type { RunInputs } from '../core/allocation';
import * as da from '../core/da';
import { readRegister } from '../core/register';
import { readRequests } from '../core/requests';
import { sameName } from '../core/results';
import { TableProblem } from '../core/tables';
import { SheetList, WorkbookPort } from '../port/workbookPort';

/** The sheets the pane reads beside the data when the workbook has them: the department register, the municipality's requests. */
export const SIDE_SHEETS = [da.register.sheetName, da.requests.sheetName] as const;

/** The side sheets a workbook has, by the workbook's own spelling of their names (Excel compares names without regard to case). */
export interface SideSheets {
  register: string | null;
  requests: string | null;
}

export const NO_SIDE_SHEETS: SideSheets = { register: null, requests: null };

/** Which side sheets the workbook has, from the list the pane reads whenever it reads the data: knowing it costs no extra round trip to Excel. */
export function sideSheetsOf(list: SheetList): SideSheets {
  const present = (name: string) => list.names.find((n) => sameName(n, name)) ?? null;
  return { register: present(da.register.sheetName), requests: present(da.requests.sheetName) };
}

/** What the Data line says of the side sheets the workbook has; null when it has neither. */
export function sideSheetsNote(sheets: SideSheets): string | null {
  return sheets.register === null && sheets.requests === null ? null : da.sideSheets.note(sheets.register, sheets.requests);
}

/** The most problems told in the pane at once; the first ones say what is wrong. */
const MAX_SHOWN = 10;

export type SideTablesRead = { ok: true; inputs: RunInputs } | { ok: false; error: string };

/**
 * Reads the sheets Afdelinger and Forespørgsler the workbook has (`sheets`, as the pane last
 * listed them), and refuses an
 * agreement that needs one it lacks. `citizensAreRequests`: a simulation, whose agreements of
 * requests meet the waiting citizens instead of a requests sheet (which is then not read).
 */
export async function readSideTables(port: WorkbookPort, agreements: readonly Agreement[], sheets: SideSheets, citizensAreRequests = false): Promise<SideTablesRead> {
  const inputs: RunInputs = {};
  const registerSheet = sheets.register;
  if (registerSheet !== null) {
    const snapshot = await port.readData({ sheetName: registerSheet, tableName: null });
    const read = readRegister(snapshot.values, { firstRow: snapshot.firstRow, firstColumn: snapshot.firstColumn });
    if (!read.ok) return { ok: false, error: told(registerSheet, da.register.tableName, read.problems) };
    inputs.register = read.register;
  }
  const requestsSheet = citizensAreRequests ? null : sheets.requests;
  if (requestsSheet !== null) {
    const snapshot = await port.readData({ sheetName: requestsSheet, tableName: null });
    const read = readRequests(snapshot.values, { firstRow: snapshot.firstRow, firstColumn: snapshot.firstColumn });
    if (!read.ok) return { ok: false, error: told(requestsSheet, da.requests.tableName, read.problems) };
    inputs.requests = read.requests;
  }
  for (const a of agreements) {
    const missing = missingInputs(a, { register: inputs.register !== undefined, requests: inputs.requests !== undefined || citizensAreRequests });
    if (missing.includes('register')) return { ok: false, error: da.sideSheets.registerNeeded(a.name) };
    if (missing.includes('requests')) return { ok: false, error: da.sideSheets.requestsNeeded(a.name) };
  }
  return { ok: true, inputs };
}

function told(sheet: string, table: string, problems: readonly TableProblem[]): string {
  const lines = problems.slice(0, MAX_SHOWN).map(da.sideTables.problem);
  if (problems.length > MAX_SHOWN) lines.push(da.cli.moreErrors(problems.length - MAX_SHOWN));
  return `${da.sideSheets.inSheet(sheet)} ${da.sideTables.heading(table, problems.length)} ${lines.join(' ')}`;
}
