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

/** What a tally counts of one unit; built up one unit at a time, so no list of units need be kept. */
export interface TallyCounts {
  municipality: number;
  affordable: number;
  affordableWithReduction: number;
  reductionsUsed: number;
  vacancyRentOre: number;
  unusableUnits: number;
  unpricedUnits: number;
}

export function emptyCounts(): TallyCounts {
  return { municipality: 0, affordable: 0, affordableWithReduction: 0, reductionsUsed: 0, vacancyRentOre: 0, unusableUnits: 0, unpricedUnits: 0 };
}

/**
 * Counts one municipal vacancy: affordable or not (then unusable: the municipality pays vacancy
 * rent for it, `vacancyRentOre`, null when it cannot be priced), affordable with the reduction
 * pool's grant, and whether it got one.
 */
export function countUnit(c: TallyCounts, affordable: boolean, affordableWithReduction: boolean, reduced: boolean, vacancyRentOre: number | null): void {
  c.municipality++;
  if (affordable) c.affordable++;
  if (affordableWithReduction) c.affordableWithReduction++;
  if (reduced) c.reductionsUsed++;
  c.vacancyRentOre += vacancyRentOre ?? 0;
  if (!affordable) {
    c.unusableUnits++;
    if (vacancyRentOre === null) c.unpricedUnits++;
  }
}

export function tallyOf(c: TallyCounts): Tally {
  return {
    municipality: c.municipality,
    affordable: c.affordable,
    affordableShare: c.municipality === 0 ? 0 : c.affordable / c.municipality,
    affordableWithReduction: c.affordableWithReduction,
    reductionsUsed: c.reductionsUsed,
    vacancyRentCost: toKroner(c.vacancyRentOre),
    unusableUnits: c.unusableUnits,
    unpricedUnits: c.unpricedUnits,
  };
}
