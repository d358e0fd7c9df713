import { PoolKind } from '../agreement/types';

/**
 * Whether the vacancy at `position` (1-based, after the counter moved) goes to the municipality.
 * every N, phase k: position mod N = k mod N. share a/b: floor(p·a/b) > floor((p−1)·a/b), computed
 * in exact integers so that 30 % never drifts over thousands of vacancies.
 */
export function isMunicipalPosition(kind: PoolKind, position: number): boolean {
  if (kind.kind === 'every') return position % kind.every === kind.phase % kind.every;
  const p = BigInt(position);
  const a = BigInt(kind.numerator);
  const b = BigInt(kind.denominator);
  return (p * a) / b > ((p - 1n) * a) / b;
}
