import { isRecord } from '../util/isRecord';
import { PathError } from './schemaCheck';
import { isShareText, parseShare } from './share';
import { MAX_POOL_NUMBER } from './limits';

/**
 * What the schema cannot say about pools: unique names, every xor share, phase within every, a
 * share that is a fraction from 0 to 1 with a denominator (not "1/0"), whole numbers small enough
 * to count exactly.
 */
export function checkPools(pools: unknown, out: PathError[]): Set<string> {
  const names = new Map<string, number>();
  if (!Array.isArray(pools)) return new Set();
  pools.forEach((pool, i) => {
    if (!isRecord(pool)) return;
    const path = ['pools', i];
    if (typeof pool.name === 'string') {
      const first = names.get(pool.name);
      if (first !== undefined) out.push({ path: [...path, 'name'], code: 'duplicatePool', values: { pool: pool.name, firstIndex: first } });
      else names.set(pool.name, i);
    }
    const hasEvery = pool.every !== undefined;
    const hasShare = pool.share !== undefined;
    if (!hasEvery && !hasShare) out.push({ path, code: 'poolNeedsRule', values: {} });
    if (hasEvery && hasShare) out.push({ path, code: 'poolBothRules', values: {} });
    if (pool.phase !== undefined && !hasEvery) out.push({ path: [...path, 'phase'], code: 'phaseWithoutEvery', values: {} });
    if (typeof pool.phase === 'number' && typeof pool.every === 'number' && pool.phase > pool.every) {
      out.push({ path: [...path, 'phase'], code: 'phaseTooLarge', values: { phase: pool.phase, every: pool.every } });
    }
    if (typeof pool.share === 'string' || typeof pool.share === 'number') {
      // Whatever parseShare cannot read exactly (a zero denominator, digits past 2^53) is refused here,
      // so a pool that passes the check can always be counted.
      const share = parseShare(pool.share);
      // A text without the form of a share is the schema's to report; one with it but no usable numbers is ours.
      const unreadable = share === undefined && (typeof pool.share === 'number' || isShareText(pool.share));
      const fractionAsNumber = typeof pool.share === 'number' && pool.share > 0 && pool.share < 1;
      const zeroDenominator = typeof pool.share === 'string' && /^\s*\d+\s*\/\s*0+\s*$/.test(pool.share);
      if (zeroDenominator) out.push({ path: [...path, 'share'], code: 'zeroDenominator', values: { share: pool.share as string } });
      else if (unreadable || (share !== undefined && share.numerator > share.denominator) || fractionAsNumber) out.push({ path: [...path, 'share'], code: 'badShare', values: {} });
    }
    for (const field of ['every', 'phase', 'capPerMonth', 'start'] as const) {
      const n = pool[field];
      if (typeof n === 'number' && n > MAX_POOL_NUMBER) out.push({ path: [...path, field], code: 'maximum', values: { limit: MAX_POOL_NUMBER } });
    }
  });
  return new Set(names.keys());
}
