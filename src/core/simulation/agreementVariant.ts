import { AgreementFile, ConditionTree } from '../agreement/types';
import { GridDimension, MAX_DIMENSIONS, MAX_VARIANTS, settingKey } from './grid';
import { GridProblem } from './gridProblem';

type Leaf = { fact: string; operator: string; value: unknown };

/** What is wrong with a grid for this agreement; empty when it can be run. */
export function gridProblems(file: AgreementFile, grid: readonly GridDimension[]): GridProblem[] {
  const out: GridProblem[] = [];
  if (grid.length === 0) out.push({ code: 'noDimensions' });
  if (grid.length > MAX_DIMENSIONS) out.push({ code: 'tooManyDimensions', dimensions: grid.length, max: MAX_DIMENSIONS });
  const keys = grid.map(settingKey);
  keys.forEach((k, i) => keys.indexOf(k) < i && out.push({ code: 'repeatedDimension', key: k }));
  const variants = grid.reduce((n, d) => n * d.values.length, 1);
  if (variants > MAX_VARIANTS) out.push({ code: 'tooManyVariants', variants, max: MAX_VARIANTS });
  for (const d of grid) {
    if (d.values.length === 0) out.push({ code: 'noValues', key: settingKey(d) });
    if (d.kind === 'every') {
      const pool = (file.pools ?? []).find((p) => p.name === d.pool);
      const names = (file.pools ?? []).map((p) => p.name);
      if (pool === undefined) out.push({ code: 'unknownPool', pool: d.pool, known: names });
      else if (pool.every === undefined) out.push({ code: 'poolNotEvery', pool: d.pool });
      const bad = d.values.find((v) => !Number.isInteger(v) || v < 1);
      if (bad !== undefined) out.push({ code: 'badEvery', value: bad });
    } else if (thresholdLeaves(file, d.fact, d.from).length === 0) {
      out.push({ code: 'noThreshold', fact: d.fact, value: d.from });
    }
  }
  return out;
}

/**
 * A copy of the agreement with one grid point's values set by walking its structure: nothing the
 * user wrote is ever evaluated. Thresholds are found before any is moved, so one dimension cannot
 * catch a value another has just set.
 */
export function variantFile(file: AgreementFile, grid: readonly GridDimension[], point: readonly number[]): AgreementFile {
  const copy = JSON.parse(JSON.stringify(file)) as AgreementFile;
  const targets = grid.map((d) => (d.kind === 'threshold' ? thresholdLeaves(copy, d.fact, d.from) : []));
  grid.forEach((d, i) => {
    if (d.kind === 'threshold') {
      for (const leaf of targets[i]) leaf.value = point[i];
      return;
    }
    const pool = (copy.pools ?? []).find((p) => p.name === d.pool)!;
    pool.every = point[i];
    // A phase beyond the new `every` would be refused; the last place in the cycle keeps its meaning.
    if (pool.phase !== undefined && pool.phase > point[i]) pool.phase = point[i];
  });
  return copy;
}

/** Every condition, in the rules and the named conditions, that compares `fact` with exactly `value`. */
function thresholdLeaves(file: AgreementFile, fact: string, value: number): Leaf[] {
  const out: Leaf[] = [];
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    const n = node as Record<string, unknown>;
    if (n.fact === fact && typeof n.operator === 'string' && n.value === value) out.push(n as Leaf);
    for (const key of ['all', 'any'] as const) if (Array.isArray(n[key])) (n[key] as unknown[]).forEach(visit);
    if (n.not !== undefined) visit(n.not);
  };
  for (const rule of file.rules ?? []) visit(rule.conditions);
  for (const tree of Object.values(file.namedConditions ?? {}) as ConditionTree[]) visit(tree);
  return out;
}
