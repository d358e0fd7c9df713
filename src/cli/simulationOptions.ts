import { SimulationParams } from '../core/simulation';
import * as da from '../core/da';
import { numberOption, OptionSpec, OptionValues } from './options';

/** The parameters simulate and sweep share; the queue only matters to simulate. */
export const PARAM_OPTIONS: Record<string, OptionSpec> = {
  '--affordable': {},
  '--reduction-units': {},
  '--answer-days': {},
};
export const QUEUE_OPTIONS: Record<string, OptionSpec> = { '--queue': {}, '--arrivals': {} };

/** The given parameters (defaults are the core's), or a Danish error. */
export function readParams(values: OptionValues): Partial<SimulationParams> | string {
  const params: Partial<SimulationParams> = {};
  if (values['--affordable'] !== undefined) {
    const affordable = numberOption(values, '--affordable', 0);
    if (typeof affordable === 'string') return affordable;
    params.affordable = affordable;
  }
  const whole: [string, keyof SimulationParams][] = [
    ['--reduction-units', 'reductionUnits'],
    ['--answer-days', 'answerDays'],
    ['--queue', 'queue'],
    ['--arrivals', 'arrivals'],
  ];
  for (const [option, key] of whole) {
    const raw = values[option];
    if (raw === undefined) continue;
    const n = Number(raw);
    // Counts of units, days and people: a fraction would be a typing mistake, not a wish.
    if (!/^\d+$/.test(String(raw)) || !Number.isSafeInteger(n)) return da.simulation.wholeNumber(option, String(raw));
    params[key] = n;
  }
  return params;
}
