import { Vacancy } from '../types';
import { REDUCTION } from './params';

/**
 * Which municipal vacancies get a grant from the rent-reduction pool: the first `units` (in the
 * order given, which is decision order) whose rent without consumption lies in the grant's band.
 * The pool runs over the whole history, so it is spent early; a vacancy gets at most one grant.
 */
export function reductionGrants(municipal: readonly Vacancy[], units: number): boolean[] {
  let left = units;
  return municipal.map((v) => {
    if (left <= 0 || !isEligible(v)) return false;
    left--;
    return true;
  });
}

export function isEligible(vacancy: Vacancy): boolean {
  return vacancy.rent !== null && vacancy.rent >= REDUCTION.minRent && vacancy.rent <= REDUCTION.maxRent;
}
