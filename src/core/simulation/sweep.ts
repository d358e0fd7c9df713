import * as da from '../da';
import { checkAgreement } from '../agreement/load';
import { DepartmentRegister } from '../register/types';
import { AgreementFile } from '../agreement/types';
import { FIELD_BY_KEY, FieldKey } from '../sheet/fields';
import { SheetRow } from '../sheet/readSheet';
import { gridProblems, variantFile } from './agreementVariant';
import { GridDimension, gridPoints, settingKey } from './grid';
import { describeHistory } from './history';
import { SimulationParams, withDefaults } from './params';
import { prepareRows } from './prepared';
import { simulateOne } from './simulate';

export interface SweepVariant {
  /** One entry per grid dimension, e.g. { "every:under-4000": 3, "threshold:rentInclConsumption:4000": 3750 }. */
  settings: Record<string, number>;
  name: string;
  /** Affordable municipal vacancies (with the reduction pool, if any) per calendar year of the history. */
  averageAffordablePerYear: number;
  affordable: number;
  affordableWithReduction: number;
  vacancyRentCost: number;
  municipality: number;
  reached: boolean;
}

export interface SweepResult {
  agreement: string;
  target: number;
  years: number[];
  params: SimulationParams;
  /** Those that reach the target, cheapest vacancy rent first; then the rest, closest to the target first. */
  variants: SweepVariant[];
}

/** `grid`: the grid does not fit the agreement (unknown pool, no such threshold …); `variant`: a variant fails the agreement check. */
export type SweepOutcome = { ok: true; result: SweepResult } | { ok: false; kind: 'grid' | 'variant'; errors: string[] };

/**
 * The target search: every combination of the grid's values, each a checked copy of the agreement
 * run over the history, ranked by what the municipality pays for the units it cannot use.
 */
export async function sweep(
  rows: readonly SheetRow[],
  agreementFile: AgreementFile,
  grid: readonly GridDimension[],
  target: number,
  params: Partial<SimulationParams> = {},
  options: { fallbackId?: string; onProgress?: (done: number, total: number) => void; register?: DepartmentRegister | null } = {},
): Promise<SweepOutcome> {
  const problems = gridProblems(agreementFile, grid);
  if (problems.length > 0) return { ok: false, kind: 'grid', errors: problems.map(da.simulation.gridProblem) };
  const p = withDefaults(params);
  const history = describeHistory(rows);
  // Read once, shared by every grid point.
  const prepared = prepareRows(rows, p, options.register ?? null);
  const id = agreementFile.id ?? options.fallbackId ?? 'aftale';
  const points = gridPoints(grid);
  const variants: SweepVariant[] = [];
  for (const [i, point] of points.entries()) {
    options.onProgress?.(i, points.length);
    const settings = Object.fromEntries(grid.map((d, j) => [settingKey(d), point[j]]));
    const checked = checkAgreement(variantFile(agreementFile, grid, point), id);
    if (!checked.ok) {
      return { ok: false, kind: 'variant', errors: [da.simulation.variantRejected(describe(agreementFile, grid, point)), ...checked.errors.map((e) => `  ${da.agreementErrors.line(e)}`)] };
    }
    const r = await simulateOne(rows, checked.agreement, p, history, options.register ?? null, prepared);
    const affordablePerYears = r.perYear.reduce((sum, y) => sum + y.affordableWithReduction, 0);
    const years = history.years.length;
    variants.push({
      settings,
      name: da.simulation.variantName(checked.agreement.name, describe(agreementFile, grid, point)),
      averageAffordablePerYear: years === 0 ? 0 : affordablePerYears / years,
      affordable: r.affordable,
      affordableWithReduction: r.affordableWithReduction,
      vacancyRentCost: r.vacancyRentCost,
      municipality: r.municipality,
      // Compared in whole units, so a rounded average cannot tip the answer.
      reached: years > 0 && affordablePerYears >= target * years,
    });
  }
  options.onProgress?.(points.length, points.length);
  return { ok: true, result: { agreement: id, target, years: history.years, params: p, variants: ranked(variants) } };
}

const MONEY_FACTS = new Set(['rent', 'consumption', 'rentInclConsumption', 'rentReduction']);

function ranked(variants: SweepVariant[]): SweepVariant[] {
  const reached = variants.filter((v) => v.reached).sort((a, b) => a.vacancyRentCost - b.vacancyRentCost || a.municipality - b.municipality);
  const rest = variants.filter((v) => !v.reached).sort((a, b) => b.averageAffordablePerYear - a.averageAffordablePerYear || a.vacancyRentCost - b.vacancyRentCost);
  return [...reached, ...rest];
}

/** The settings in words, with the pool's label and the column's Danish name. */
function describe(file: AgreementFile, grid: readonly GridDimension[], point: readonly number[]): string {
  return grid
    .map((d, i) => {
      if (d.kind === 'threshold') return da.simulation.thresholdSetting(FIELD_BY_KEY.get(d.fact as FieldKey)?.header ?? d.fact, d.from, point[i], MONEY_FACTS.has(d.fact));
      const pool = (file.pools ?? []).find((p) => p.name === d.pool);
      return da.simulation.everySetting(pool?.label ?? d.pool, point[i]);
    })
    .join('; ');
}
