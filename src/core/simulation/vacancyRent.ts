import { Vacancy } from '../types';
import { daysUntilAnswer } from './calendar';

/**
 * The vacancy rent, in øre, the municipality pays for a unit it cannot use: the monthly rent
 * (without consumption) turned into a daily rent (× 12 / 365) for every calendar day from
 * Ledig fra until its answer. Null when the rent or the date is unknown.
 * Integer øre keep the sum exact; 365 is odd, so a half øre never arises to round.
 */
export function vacancyRentOre(vacancy: Vacancy, answerDays: number, daysUntil: (from: string, workingDays: number) => number = daysUntilAnswer): number | null {
  if (vacancy.rent === null || vacancy.vacantFrom === null) return null;
  const rentOre = Math.round(vacancy.rent * 100);
  return Math.round((rentOre * 12 * daysUntil(vacancy.vacantFrom, answerDays)) / 365);
}

/** Whole kroner from a sum of øre (50 øre rounds up). */
export function toKroner(ore: number): number {
  return Math.round(ore / 100);
}
