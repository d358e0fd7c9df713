import { Agreement } from '../core';
import { missingInputs } from '../core/agreement';
import type { RunInputs } from '../core/allocation';
import * as da from '../core/da';
import { readRegister } from '../core/register';
import { readRequests } from '../core/requests';
import { TableProblem } from '../core/tables';
import { FileProblem } from '../file/errors';
import { loadSideTable } from '../file/sideTableFile';
import { Io } from './io';
import { OptionSpec, OptionValues } from './options';

/** The department register, on every command that decides. */
export const DEPARTMENTS_OPTION: Record<string, OptionSpec> = { '--departments': {} };
/** The municipality's requests, on the commands that decide a sheet of vacancies (not a simulation: its requests are the waiting citizens). */
export const REQUESTS_OPTION: Record<string, OptionSpec> = { '--requests': {} };

/** The files these options name, for the check that no two options name one file. */
export function sideFiles(v: OptionValues): [string, string][] {
  return (['--departments', '--requests'] as const).flatMap((o) => (typeof v[o] === 'string' ? [[o, v[o] as string] as [string, string]] : []));
}

/** The most problems printed from one table; the first ones say what is wrong. */
const MAX_SHOWN = 100;

/**
 * Reads --departments and --requests, and refuses an agreement that needs one of them when it is
 * not given (exit 2: the command line lacks a file). A table with problems is told, every problem
 * with its row and column, and null returned (exit 1: nothing is decided).
 */
export async function readRunInputs(
  v: OptionValues,
  agreements: readonly Agreement[],
  io: Io,
  /** simulate and sweep: an agreement of requests meets the waiting citizens, and needs no requests table. */
  citizensAreRequests = false,
): Promise<{ inputs: RunInputs; notes: string[] } | null> {
  const inputs: RunInputs = {};
  const notes: string[] = [];
  const departments = v['--departments'] as string | undefined;
  const requests = v['--requests'] as string | undefined;
  let failed = false;
  if (departments !== undefined) {
    const read = readRegister((await loadSideTable(departments, da.register.sheetName)).table);
    if (read.ok) {
      inputs.register = read.register;
      notes.push(da.register.used(departments, read.register.entries.size));
    } else failed = tell(departments, da.register.tableName, read.problems, io);
  }
  if (requests !== undefined) {
    const read = readRequests((await loadSideTable(requests, da.requests.sheetName)).table);
    if (read.ok) {
      inputs.requests = read.requests;
      notes.push(da.requests.used(requests, read.requests.length));
    } else failed = tell(requests, da.requests.tableName, read.problems, io);
  }
  if (failed) return null;
  for (const a of agreements) {
    const missing = missingInputs(a, { register: inputs.register !== undefined, requests: inputs.requests !== undefined || citizensAreRequests });
    if (missing.includes('register')) throw new FileProblem(da.register.neededCli(a.id), 'usage');
    if (missing.includes('requests')) throw new FileProblem(da.requests.neededCli(a.id), 'usage');
  }
  return { inputs, notes };
}

function tell(path: string, table: string, problems: TableProblem[], io: Io): true {
  const shown = problems.slice(0, MAX_SHOWN).map((p) => `  ${da.sideTables.problem(p)}`);
  if (problems.length > MAX_SHOWN) shown.push(`  ${da.cli.moreErrors(problems.length - MAX_SHOWN)}`);
  io.err(`${da.cli.sheetError(path, da.sideTables.heading(table, problems.length))}\n${shown.join('\n')}\n`);
  return true;
}
