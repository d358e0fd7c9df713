/**
 * Part 1: rule choice alone, rows per second, three ways: json-rules-engine's engine.run (the
 * reference), the compiled predicates, and the hand-written if/else. Every way is first checked
 * to choose the same rule as the engine.
 */
import { Agreement, readSheet, Rule, Vacancy } from '../../src/core';
import { compileChooser, createEngineChooser } from '../../src/core/allocation/ruleChooser';
import type { RuleRefusal } from '../../src/core/agreement/compileRefusal';
import { bundled, load, thirtyRuleFile, THIRTY } from './agreements';
import { generateTable } from './generate';
import { HAND_BEST, HAND_WRITTEN, IndexChooser } from './handWritten';
import { medianSeconds, round } from './timing';

export const RULE_ROWS = 100_000;
export const ENGINE_SAMPLE = 5_000;
const ENGINE_RUNS = 3;
const FAST_RUNS = 7;

export interface RuleFigures {
  agreement: string;
  rules: number;
  rows: number;
  engineSample: number;
  /** engine.run, measured on the sample and extrapolated to rows per second. */
  engineRowsPerSecond: number;
  compiledRowsPerSecond: number | null;
  handRowsPerSecond: number;
  compiledOverEngine: number | null;
  handOverCompiled: number | null;
  /** The best plain-JS form (integers, Map lookups: handWritten.ts HAND_BEST), rows per second. */
  bestRowsPerSecond: number;
  /** How many times faster that form is than the compiled chooser (issue 16: at most 1.5). */
  bestOverCompiled: number | null;
  /** Rows where compiled or hand-written chose another rule than the engine (sample) or each other (all rows). */
  mismatches: number;
  /** Why the compiled chooser refused the agreement (the engine decides it); null when it compiles. */
  compileRefusal: RuleRefusal | null;
}

// Results flow here so the optimiser cannot drop the loops.
let sink = 0;

export function vacancies(n: number): Vacancy[] {
  const sheet = readSheet(generateTable(n));
  if (!sheet.ok) throw new Error(sheet.error.code);
  const out = sheet.rows.flatMap((r) => (r.vacancy === null ? [] : [r.vacancy]));
  if (out.length !== n) throw new Error(`${n - out.length} generated rows were read as errors: ${JSON.stringify(sheet.rows.find((r) => r.vacancy === null)?.errors)}`);
  return out;
}

export function agreementFor(id: string): Agreement {
  return id === THIRTY ? load(thirtyRuleFile(), THIRTY) : bundled(id);
}

function loop(choose: (v: Vacancy) => Rule | null, rows: readonly Vacancy[]): void {
  let s = 0;
  for (let i = 0; i < rows.length; i++) {
    const rule = choose(rows[i]);
    s += rule === null ? -1 : rule.index;
  }
  sink += s;
}

function indexLoop(choose: IndexChooser, rows: readonly Vacancy[]): void {
  let s = 0;
  for (let i = 0; i < rows.length; i++) s += choose(rows[i]);
  sink += s;
}

export async function benchRules(id: string, rows: readonly Vacancy[]): Promise<RuleFigures> {
  const agreement = agreementFor(id);
  const engine = createEngineChooser(agreement);
  const compilation = compileChooser(agreement);
  const compiled = compilation.ok ? compilation.choose : null;
  const hand = HAND_WRITTEN[id](agreement);
  const best = HAND_BEST[id];
  const size = Math.min(ENGINE_SAMPLE, rows.length);
  const step = Math.floor(rows.length / size);
  const sample = Array.from({ length: size }, (_, i) => rows[i * step]);

  let mismatches = 0;
  for (const v of sample) {
    const expected = await engine(v);
    if ((compiled !== null && compiled(v) !== expected) || hand(v) !== expected) mismatches++;
  }
  if (compiled !== null) for (const v of rows) if (compiled(v) !== hand(v)) mismatches++;
  for (const v of rows) if (best(v) !== (hand(v)?.index ?? -1)) mismatches++;

  const engineTime = await medianSeconds(async () => {
    let s = 0;
    for (const v of sample) s += (await engine(v))?.index ?? -1;
    sink += s;
  }, ENGINE_RUNS);
  const compiledTime = compiled === null ? null : await medianSeconds(() => loop(compiled, rows), FAST_RUNS, 3);
  const handTime = await medianSeconds(() => loop(hand, rows), FAST_RUNS, 3);
  const bestTime = await medianSeconds(() => indexLoop(best, rows), FAST_RUNS, 3);

  const engineRate = sample.length / engineTime.median;
  const compiledRate = compiledTime === null ? null : rows.length / compiledTime.median;
  const handRate = rows.length / handTime.median;
  const bestRate = rows.length / bestTime.median;
  return {
    agreement: id,
    rules: agreement.rules.length,
    rows: rows.length,
    engineSample: sample.length,
    engineRowsPerSecond: round(engineRate),
    compiledRowsPerSecond: compiledRate === null ? null : round(compiledRate),
    handRowsPerSecond: round(handRate),
    compiledOverEngine: compiledRate === null ? null : round(compiledRate / engineRate, 1),
    handOverCompiled: compiledRate === null ? null : round(handRate / compiledRate, 2),
    bestRowsPerSecond: round(bestRate),
    bestOverCompiled: compiledRate === null ? null : round(bestRate / compiledRate, 2),
    mismatches: mismatches + (sink === 0.5 ? 1 : 0),
    compileRefusal: compilation.ok ? null : compilation.refusal,
  };
}
