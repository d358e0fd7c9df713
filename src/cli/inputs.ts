import { Agreement, readSheet, SheetReadResult } from '../core';
import { leadingRows, RowSource } from '../core/sheet';
import { loadAgreementFile } from './agreementFile';
import * as da from '../core/da';
import { readUserSheet, withoutResultColumns } from '../core/results';
import { FileProblem } from '../file/errors';
import { checkReplaceable, sameFile } from '../file/targets';
import { fileKind, LoadedSheet, loadVacancyFile } from '../file/vacancyFile';
import { csvRowSource } from '../file/csvTable';
import { decodeTextInNode } from '../file/decodeNode';
import { readUserFile } from '../file/readFile';
import { Io } from './io';
import { OptionSpec } from './options';
import { DEPARTMENTS_OPTION, REQUESTS_OPTION } from './sideInputs';

/** The options of the commands that take one sheet under one agreement and a state: allocate and check. */
export const SHEET_AND_STATE_OPTIONS: Record<string, OptionSpec> = {
  '--agreement': { required: true },
  '--input': { required: true },
  '--sheet': {},
  '--state': {},
  '--output': {},
  '--format': { values: ['table', 'json'] },
  ...DEPARTMENTS_OPTION,
  ...REQUESTS_OPTION,
};

/** The files a command names, by option. */
export interface NamedFiles {
  input: string;
  agreements: readonly string[];
  output?: string;
  /** Read, and written after the run unless `stateReadOnly`. */
  state?: string;
  stateReadOnly?: boolean;
  /** The kinds of output this command can write (allocate and check: xlsx and csv; simulate: xlsx). */
  outputKinds?: readonly string[];
  /** Other files read (--departments, --requests), by option: the run must not write over them. They may be the input workbook itself. */
  others?: readonly [string, string][];
}

/**
 * Everything about the named files that can be told before anything is read: an input that is no
 * sheet, an output of the wrong kind, two options naming one file (by path, link, or device and
 * inode), and a file the run would replace that is a directory or read-only.
 */
export function checkFiles(f: NamedFiles): void {
  if (fileKind(f.input) === undefined) throw new FileProblem(da.file.unsupportedInput(f.input), 'usage');
  const named: [string, string][] = [['--input', f.input], ...f.agreements.map((a): [string, string] => [f.agreements.length > 1 ? '--agreements' : '--agreement', a]), ...(f.others ?? [])];
  for (const [option, path] of f.others ?? []) if (fileKind(path) === undefined) throw new FileProblem(da.file.unsupportedSideFile(option, path), 'usage');
  if (f.output !== undefined) {
    const kind = fileKind(f.output);
    if (kind === undefined || !(f.outputKinds ?? ['xlsx', 'csv']).includes(kind)) throw new FileProblem(da.file.unsupportedOutput(f.output), 'usage');
    if (sameFile(f.input, f.output)) throw new FileProblem(da.file.sameAsInput(f.input), 'usage');
    refuseSame('--output', f.output, named);
    checkReplaceable(f.output, '--output');
    named.push(['--output', f.output]);
  }
  if (f.state !== undefined) {
    refuseSame('--state', f.state, named);
    if (!f.stateReadOnly) checkReplaceable(f.state, '--state');
  }
}

function refuseSame(option: string, path: string, others: readonly [string, string][]): void {
  const same = others.find(([, other]) => sameFile(path, other));
  if (same !== undefined) throw new FileProblem(da.file.sameFile(option, path, `${same[0]} ${same[1]}`), 'usage');
}

/** The most agreement errors printed; a garbled file can have thousands, and the first ones say what is wrong. */
const MAX_ERRORS_SHOWN = 100;

/** Reads and checks an agreement (JSON, or a workbook with the sheet Aftale); prints its errors and returns null when it cannot be used. */
export async function readAgreement(path: string, io: Io): Promise<Agreement | null> {
  const loaded = await loadAgreementFile(path);
  if (loaded.ok) return loaded.agreement;
  const shown = loaded.errors.slice(0, MAX_ERRORS_SHOWN).map((e) => `  ${da.agreementErrors.line(e)}`);
  if (loaded.errors.length > MAX_ERRORS_SHOWN) shown.push(`  ${da.cli.moreErrors(loaded.errors.length - MAX_ERRORS_SHOWN)}`);
  io.err(`${da.cli.agreementErrors(path, loaded.errors.length)}\n${shown.join('\n')}\n`);
  return null;
}

/** Loads a vacancy file (.xlsx or .csv) and reads its sheet; prints a sheet error and returns null. */
export async function readVacancyFile(path: string, sheetName: string | undefined, io: Io, keepCells = true): Promise<{ loaded: LoadedSheet; sheet: Extract<SheetReadResult, { ok: true }> } | null> {
  // A CSV whose cells are not needed again is read a row at a time, never held as cells.
  const rowwise = keepCells ? null : csvRowsOf(path);
  const loaded: LoadedSheet = rowwise?.loaded ?? (await loadVacancyFile(path, sheetName));
  // Without --output the raw cells are read once; letting each go keeps a full sheet under 1.5 GB. A CSV read
  // a row at a time has none of the product's columns (csvRowsOf looked), so it is read as it is.
  const sheet = rowwise !== null ? readSheet(rowwise.rows) : readUserSheet(loaded.table, { releaseRows: !keepCells }).sheet;
  if (!sheet.ok) {
    io.err(`${da.cli.sheetError(path, da.sheet.problem(sheet.error))}\n`);
    return null;
  }
  return { loaded, sheet };
}

/**
 * A CSV vacancy file as rows read one at a time, with a LoadedSheet that holds no cells; null for
 * an .xlsx, and for a CSV that holds the add-in's result columns (they are blanked out of a table:
 * the rare case keeps the whole-table path) or an unclosed quote (which that path reports).
 */
function csvRowsOf(path: string): { rows: RowSource; loaded: LoadedSheet } | null {
  if (fileKind(path) !== 'csv') return null;
  const source = csvRowSource(readUserFile(path), (bytes) => decodeTextInNode(bytes as Buffer));
  if (source === null) return null;
  const { rows, delimiter } = source;
  const lead = leadingRows(rows);
  if (withoutResultColumns(lead) !== lead) return null;
  return { rows, loaded: { kind: 'csv', path, sheetName: '', table: [], delimiter } };
}
