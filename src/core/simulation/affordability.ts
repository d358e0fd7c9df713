import { Vacancy } from '../types';

/**
 * Whether the target group can pay the unit: rent incl. consumption, less the sheet's rent reduction
 * and any extra reduction, at most the threshold. An unknown rent is never affordable: a unit
 * nobody can price cannot be promised to a citizen.
 */
export function isAffordable(vacancy: Vacancy, threshold: number, extraReduction = 0): boolean {
  if (vacancy.rentInclConsumption === null) return false;
  return vacancy.rentInclConsumption - vacancy.rentReduction - extraReduction <= threshold;
}
