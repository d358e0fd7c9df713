import { Vacancy } from '../types';
import { REDUCTION } from './params';

/** In the rent band of the rent-reduction pool's grant; the pool is spent in decision order (simulate.ts). */
export function isEligible(vacancy: Vacancy): boolean {
  return vacancy.rent !== null && vacancy.rent >= REDUCTION.minRent && vacancy.rent <= REDUCTION.maxRent;
}
