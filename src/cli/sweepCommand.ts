import * as da from '../core/da';
import { GridDimension, sweep } from '../core/simulation';
import { FileProblem } from '../file/errors';
import { Command, EXIT } from './command';
import { parseEvery, parseThreshold } from './gridOptions';
import { checkFiles, readAgreement, readVacancyFile } from './inputs';
import { numberOption } from './options';
import { PARAM_OPTIONS, QUEUE_OPTIONS, readParams } from './simulationOptions';
import { DEPARTMENTS_OPTION, readRunInputs, sideFiles } from './sideInputs';
import { sweepJson } from './sweepJson';
import { sweepTable } from './sweepTable';

/** anvisning sweep: the variants of one agreement that reach a target, cheapest vacancy rent first. */
export const sweepCommand: Command = {
  name: 'sweep',
  options: {
    '--agreement': { required: true },
    '--input': { required: true },
    '--sheet': {},
    '--every': { variadic: true },
    '--threshold': { variadic: true },
    '--target': { required: true },
    ...PARAM_OPTIONS,
    // The waiting citizens are an agreement of requests' requests, in a sweep as in simulate.
    ...QUEUE_OPTIONS,
    '--format': { values: ['table', 'json'] },
    ...DEPARTMENTS_OPTION,
  },
  async run(v, io) {
    const input = v['--input'] as string;
    const grid = readGrid((v['--every'] as string[] | undefined) ?? [], (v['--threshold'] as string[] | undefined) ?? []);
    const target = numberOption(v, '--target', 0);
    if (typeof target === 'string') throw new FileProblem(target, 'usage');
    const params = readParams(v);
    if (typeof params === 'string') throw new FileProblem(params, 'usage');
    checkFiles({ input, agreements: [v['--agreement'] as string], others: sideFiles(v) });

    const agreement = await readAgreement(v['--agreement'] as string, io);
    if (agreement === null) return EXIT.input;
    const side = await readRunInputs(v, [agreement], io, true);
    if (side === null) return EXIT.input;
    const read = await readVacancyFile(input, v['--sheet'] as string | undefined, io);
    if (read === null) return EXIT.input;
    const outcome = await sweep(read.sheet.rows, agreement.source, grid, target, params, { fallbackId: agreement.id, register: side.inputs.register ?? null });
    if (!outcome.ok) {
      // A grid that does not fit the agreement is a mistake in the options; a variant the checker refuses is the agreement's.
      if (outcome.kind === 'grid') throw new FileProblem(outcome.errors.join('\n'), 'usage');
      io.err(`${outcome.errors.join('\n')}\n`);
      return EXIT.input;
    }
    if (v['--format'] === 'json') io.out(sweepJson(outcome.result));
    else io.out(sweepTable(outcome.result, agreement.name, grid, agreement.source));
    return EXIT.ok;
  },
};

function readGrid(every: string[], thresholds: string[]): GridDimension[] {
  if (every.length + thresholds.length === 0) throw new FileProblem(da.simulation.noGrid, 'usage');
  const dims = [...every.map(parseEvery), ...thresholds.map(parseThreshold)];
  const bad = dims.find((d): d is string => typeof d === 'string');
  if (bad !== undefined) throw new FileProblem(bad, 'usage');
  return dims as GridDimension[];
}
