import { writeFileSync } from 'fs';
import { allocate, AllocationState, serialiseState } from '../core';
import { compileNote } from './compileNote';
import * as da from '../core/da';
import { planResultFile, writeResultFile } from '../file/resultFile';
import { readStateFile, stateProblem } from '../file/stateFile';
import { fileKind } from '../file/vacancyFile';
import { Command, EXIT } from './command';
import { commitRun, outputProblem, RunOutput } from './commit';
import { checkFiles, readAgreement, readVacancyFile, SHEET_AND_STATE_OPTIONS } from './inputs';
import { readRunInputs, sideFiles } from './sideInputs';
import { writeJsonReport } from './jsonReport';
import { tableReport } from './tableReport';

/** anvisning allocate: decide a vacancy sheet under an agreement, continuing a state file. */
export const allocateCommand: Command = {
  name: 'allocate',
  options: SHEET_AND_STATE_OPTIONS,
  async run(v, io) {
    const input = v['--input'] as string;
    const output = v['--output'] as string | undefined;
    const statePath = v['--state'] as string | undefined;
    const agreementPath = v['--agreement'] as string;
    checkFiles({ input, agreements: [agreementPath], output, state: statePath, others: sideFiles(v) });

    const agreement = await readAgreement(agreementPath, io);
    if (agreement === null) return EXIT.input;
    const state: AllocationState | null = statePath === undefined ? null : readStateFile(statePath, agreement.id);
    const side = await readRunInputs(v, [agreement], io);
    if (side === null) return EXIT.input;
    const read = await readVacancyFile(input, v['--sheet'] as string | undefined, io, output !== undefined);
    if (read === null) return EXIT.input;
    const { sheet } = read;
    const sheetName = read.loaded.sheetName;
    // The raw cells are needed again only to write --output; otherwise they are let go before deciding.
    const loaded = output !== undefined ? read.loaded : null;
    read.loaded = null as never;
    const result = await allocate(sheet.rows, agreement, state, undefined, undefined, side.inputs);

    // Both files are written in full before either replaces anything: all of the run is saved, or none.
    const outputs: RunOutput[] = [];
    if (output !== undefined && loaded !== null) {
      // Planned, and refused if the result cells are not the product's, before any file is written.
      const plan = planResultFile(fileKind(output)!, output, loaded, sheet.headerRow, result.decisions, agreement);
      outputs.push({ path: output, write: (temp) => writeResultFile(temp, plan), problem: outputProblem });
    }
    if (statePath !== undefined) {
      outputs.push({ path: statePath, write: (temp) => writeFileSync(temp, serialiseState(result.state, new Date().toISOString()), 'utf8'), problem: stateProblem });
    }
    await commitRun(outputs, io);

    const notes: string[] = [...side.notes];
    if (statePath !== undefined) notes.push(state === null ? da.report.stateNew(statePath) : da.report.stateContinued(statePath, result.summary.fromLedger));
    if (output !== undefined) notes.push(da.report.outputWritten(output));
    if (statePath !== undefined) notes.push(da.report.stateSaved(statePath));

    if (v['--format'] === 'json') writeJsonReport(agreement.id, result, io.out);
    else io.out(tableReport({ agreement, file: input, sheetName, headerRow: sheet.headerRow, headers: sheet.headers, rows: result.rows, result, notes: [...notes, ...compileNote(agreement)] }));
    return EXIT.ok;
  },
};
