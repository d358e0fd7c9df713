import { Agreement, readSheet, SheetReadResult } from '../core';
import { loadAgreementFile } from './agreementFile';
import * as da from '../core/da';
import { withoutResultColumns } from '../core/results/stripResults';
import { FileProblem } from '../file/errors';
import { checkOutputPath } from '../file/resultFile';
import { fileKind, LoadedSheet, loadVacancyFile } from '../file/vacancyFile';
import { Io } from './io';
import { OptionSpec } from './options';

/** The options of the commands that take one sheet under one agreement and a state: allocate and check. */
export const SHEET_AND_STATE_OPTIONS: Record<string, OptionSpec> = {
  '--agreement': { required: true },
  '--input': { required: true },
  '--sheet': {},
  '--state': {},
  '--output': {},
  '--format': { values: ['table', 'json'] },
};

/** Usage errors in the file names, told before anything is read: an input that is no sheet, an unusable output. */
export function checkPaths(input: string, output: string | undefined): void {
  if (fileKind(input) === undefined) throw new FileProblem(da.file.unsupportedInput(input), 'usage');
  if (output !== undefined) checkOutputPath(input, output);
}

/** Reads and checks an agreement (JSON, or a workbook with the sheet Aftale); prints its errors and returns null when it cannot be used. */
export async function readAgreement(path: string, io: Io): Promise<Agreement | null> {
  const loaded = await loadAgreementFile(path);
  if (loaded.ok) return loaded.agreement;
  io.err(`${da.cli.agreementErrors(path, loaded.errors.length)}\n${loaded.errors.map((e) => `  ${e.where}: ${e.message}`).join('\n')}\n`);
  return null;
}

/** Loads a vacancy file (.xlsx or .csv) and reads its sheet; prints a sheet error and returns null. */
export async function readVacancyFile(
  path: string,
  sheetName: string | undefined,
  io: Io,
  keepCells = true,
): Promise<{ loaded: LoadedSheet; sheet: Extract<SheetReadResult, { ok: true }> } | null> {
  const loaded = await loadVacancyFile(path, sheetName);
  const table = withoutResultColumns(loaded.table);
  // Without --output the raw cells are read once; letting each go keeps a full sheet under 1.5 GB.
  const sheet = readSheet(table, { releaseRows: !keepCells && table === loaded.table });
  if (!sheet.ok) {
    io.err(`${da.cli.sheetError(path, sheet.error)}\n`);
    return null;
  }
  return { loaded, sheet };
}
