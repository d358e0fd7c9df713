/**
 * Part 3: simulate() with twenty agreements over the same 100,000 rows, as the negotiator's
 * Simulér tab and `anvisning simulate` run it. The first (cold) run and the median of the warm
 * runs (three, or one when a run takes over 5 s) are reported, then one more run with its phases timed.
 */
import path from 'path';
import { readSheet, simulate } from '../../src/core';
import { simulationVariants } from './agreements';
import { repoRoot } from '../repoRoot';
import { generateTable } from './generate';
import { PhaseFigure, Phases } from './instrument';
import { medianSeconds, now, round } from './timing';

export const SIMULATION_ROWS = 100_000;
const PARAMS = { affordable: 4000, reductionUnits: 20, answerDays: 7, queue: 100, arrivals: 30 };

export interface SimulationFigures {
  rows: number;
  variants: number;
  firstRunSeconds: number;
  warmMedianSeconds: number;
  warmRuns: number[];
  peakRssMB: number;
  phases: (PhaseFigure & { nested: boolean })[];
}

export async function simulationChild(rows = SIMULATION_ROWS): Promise<SimulationFigures> {
  const sheet = readSheet(generateTable(rows));
  if (!sheet.ok) throw new Error(sheet.error.code);
  const agreements = simulationVariants();
  const run = async () => {
    const result = await simulate(sheet.rows, agreements, PARAMS);
    if (result.variants.length !== agreements.length) throw new Error('a variant is missing');
  };
  const start = now();
  await run();
  const first = now() - start;
  // Three warm runs when a run is quick; one when it is slow, to keep the benchmark bounded.
  const warm = await medianSeconds(run, first < 5 ? 3 : 1, 0);

  const lib = path.join(repoRoot(), 'lib', 'src', 'core');
  const phases = new Phases();
  for (const [file, label] of [
    ['simulation/history', 'history'],
    ['simulation/prepared', 'prepared'],
    ['allocation/allocate', 'allocation'],
    ['allocation/ruleChooser', 'ruleChooser'],
    ['simulation/waitingList', 'waitingList'],
    ['simulation/spread', 'spread'],
  ]) {
    phases.wrapModule(path.join(lib, `${file}.js`), label, label === 'ruleChooser' ? ['createRuleChooser'] : undefined);
  }
  await run();
  return {
    rows,
    variants: agreements.length,
    firstRunSeconds: round(first, 2),
    warmMedianSeconds: round(warm.median, 2),
    warmRuns: warm.runs.map((s) => round(s, 2)),
    peakRssMB: round(process.resourceUsage().maxRSS / 1024, 0),
    phases: phases.list().map((p) => ({ ...p, nested: phases.nested.has(p.phase) })),
  };
}
