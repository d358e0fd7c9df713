import { AssessedUnit } from './assess';
import { toKroner } from './vacancyRent';

export interface Tally {
  municipality: number;
  affordable: number;
  /** affordable / municipality, 0 when the municipality got nothing. */
  affordableShare: number;
  affordableWithReduction: number;
  reductionsUsed: number;
  /** Whole kroner: øre summed over the units, then rounded once. */
  vacancyRentCost: number;
  unusableUnits: number;
  /** Unusable units without a rent or a date: counted, but no vacancy rent could be put on them. */
  unpricedUnits: number;
}

export function tally(units: readonly AssessedUnit[]): Tally {
  const count = (test: (u: AssessedUnit) => boolean) => units.filter(test).length;
  const municipality = units.length;
  const affordable = count((u) => u.affordable);
  return {
    municipality,
    affordable,
    affordableShare: municipality === 0 ? 0 : affordable / municipality,
    affordableWithReduction: count((u) => u.affordableWithReduction),
    reductionsUsed: count((u) => u.reduced),
    vacancyRentCost: toKroner(units.reduce((sum, u) => sum + (u.vacancyRentOre ?? 0), 0)),
    unusableUnits: count((u) => u.unusable),
    unpricedUnits: count((u) => u.unusable && u.vacancyRentOre === null),
  };
}
