import { Agreement } from '../core';
import * as da from '../core/da';
import { simulate } from '../core/simulation';
import { FileProblem } from '../file/errors';
import { fileKind } from '../file/vacancyFile';
import { Command, EXIT } from './command';
import { commitRun, outputProblem } from './commit';
import { checkFiles, readAgreement, readVacancyFile } from './inputs';
import { DEPARTMENTS_OPTION, readRunInputs, sideFiles } from './sideInputs';
import { PARAM_OPTIONS, QUEUE_OPTIONS, readParams } from './simulationOptions';
import { simulationJson } from './simulationJson';
import { simulationTable } from './simulationTable';
import { writeSimulationWorkbook } from '../file/simulationWorkbook';

/** anvisning simulate: compare two or more agreements over a vacancy history. */
export const simulateCommand: Command = {
  name: 'simulate',
  options: {
    '--agreements': { required: true, variadic: true },
    '--input': { required: true },
    '--sheet': {},
    ...PARAM_OPTIONS,
    ...QUEUE_OPTIONS,
    '--format': { values: ['table', 'json'] },
    '--output': {},
    ...DEPARTMENTS_OPTION,
  },
  async run(v, io) {
    const paths = v['--agreements'] as string[];
    const input = v['--input'] as string;
    const output = v['--output'] as string | undefined;
    if (paths.length < 2) throw new FileProblem(da.simulation.tooFewAgreements, 'usage');
    const params = readParams(v);
    if (typeof params === 'string') throw new FileProblem(params, 'usage');
    if (output !== undefined && fileKind(output) !== 'xlsx') throw new FileProblem(da.simulation.outputNotXlsx(output), 'usage');
    checkFiles({ input, agreements: paths, output, outputKinds: ['xlsx'], others: sideFiles(v) });

    // Every agreement is read before giving up, so all their errors are told at once.
    const agreements: (Agreement | null)[] = [];
    for (const p of paths) agreements.push(await readAgreement(p, io));
    if (agreements.some((a) => a === null)) return EXIT.input;
    const side = await readRunInputs(v, agreements as Agreement[], io, true);
    if (side === null) return EXIT.input;
    const read = await readVacancyFile(input, v['--sheet'] as string | undefined, io);
    if (read === null) return EXIT.input;
    const result = await simulate(read.sheet.rows, agreements as Agreement[], params, undefined, side.inputs.register ?? null);

    const notes: string[] = [];
    if (output !== undefined) {
      await commitRun([{ path: output, write: (temp) => writeSimulationWorkbook(temp, result), problem: outputProblem }], io);
      notes.push(da.report.outputWritten(output));
    }
    if (v['--format'] === 'json') io.out(simulationJson(result));
    else io.out(simulationTable(result, input, notes));
    return EXIT.ok;
  },
};
