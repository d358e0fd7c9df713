import { existsSync, readFileSync } from 'fs';
import { basename } from 'path';
import { allocate, Agreement, AllocationState, loadAgreement, readSheet, serialiseState } from '../core';
import * as da from '../core/da';
import { withoutResultColumns } from '../core/results/stripResults';
import { FileProblem } from '../file/errors';
import { checkOutputPath, writeResultFile } from '../file/resultFile';
import { readStateFile, writeFileAtomically } from '../file/stateFile';
import { fileKind, loadVacancyFile } from '../file/vacancyFile';
import { AllocateArgs, parseArgs } from './args';
import { jsonReport } from './jsonReport';
import { tableReport } from './tableReport';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

/** Runs the command line; returns the exit code. Errors go to `io.err` in Danish. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`${parsed.error}\n\n${da.cli.usage}\n`);
    return EXIT.usage;
  }
  if ('help' in parsed) {
    io.out(`${da.cli.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await runAllocate(parsed.args, io);
  } catch (e) {
    if (e instanceof FileProblem) {
      io.err(e.kind === 'usage' ? `${e.message}\n${da.cli.seeHelp}\n` : `${e.message}\n`);
      return e.kind === 'usage' ? EXIT.usage : EXIT.input;
    }
    io.err(`${da.cli.unexpected((e as Error).stack ?? String(e))}\n`);
    return EXIT.input;
  }
}

async function runAllocate(args: AllocateArgs, io: Io): Promise<number> {
  if (fileKind(args.input) === undefined) throw new FileProblem(da.file.unsupportedInput(args.input), 'usage');
  if (args.output !== undefined) checkOutputPath(args.input, args.output);

  const agreement = readAgreement(args.agreement, io);
  if (agreement === null) return EXIT.input;
  const state: AllocationState | null = args.state === undefined ? null : readStateFile(args.state, agreement.id);

  const loaded = await loadVacancyFile(args.input, args.sheet);
  const sheet = readSheet(withoutResultColumns(loaded.table));
  if (!sheet.ok) {
    io.err(`${da.cli.sheetError(args.input, sheet.error)}\n`);
    return EXIT.input;
  }
  const result = await allocate(sheet.rows, agreement, state);

  const notes: string[] = [];
  if (args.output !== undefined) {
    await writeResultFile(args.output, loaded, sheet.headerRow, result.decisions, agreement);
    notes.push(da.report.outputWritten(args.output));
  }
  if (args.state !== undefined) {
    notes.unshift(state === null ? da.report.stateNew(args.state) : da.report.stateContinued(args.state, result.summary.fromLedger));
    writeFileAtomically(args.state, serialiseState(result.state, new Date().toISOString()));
    notes.push(da.report.stateSaved(args.state));
  }

  if (args.format === 'json') io.out(jsonReport(agreement.id, result));
  else {
    io.out(
      tableReport({ agreement, file: args.input, sheetName: loaded.sheetName, headerRow: sheet.headerRow, headers: sheet.headers, rows: sheet.rows, result, notes }),
    );
  }
  return EXIT.ok;
}

function readAgreement(path: string, io: Io): Agreement | null {
  if (!existsSync(path)) throw new FileProblem(da.file.notFound(path));
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new FileProblem(da.file.cannotRead(path, (e as Error).message));
  }
  const loaded = loadAgreement(text, basename(path).replace(/\.json$/i, ''));
  if (loaded.ok) return loaded.agreement;
  io.err(`${da.cli.agreementErrors(path, loaded.errors.length)}\n${loaded.errors.map((e) => `  ${e.where}: ${e.message}`).join('\n')}\n`);
  return null;
}
