import { SweepResult } from '../core/simulation';

/** The target search for other tools: variants in the order the table shows them. */
export function sweepJson(result: SweepResult): string {
  const variants = result.variants.map((v) => ({
    settings: v.settings,
    name: v.name,
    // Two decimals are plenty for a yearly average of whole units; `reached` was decided on the exact count.
    averageAffordablePerYear: Math.round(v.averageAffordablePerYear * 100) / 100,
    affordable: v.affordable,
    affordableWithReduction: v.affordableWithReduction,
    vacancyRentCost: v.vacancyRentCost,
    municipality: v.municipality,
    reached: v.reached,
  }));
  return JSON.stringify({ agreement: result.agreement, target: result.target, years: result.years, params: result.params, variants }, null, 2) + '\n';
}
