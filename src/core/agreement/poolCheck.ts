import { isRecord } from '../util/isRecord';
import * as da from '../da';
import { PathError } from './schemaCheck';
import { parseShare } from './share';


/** What the schema cannot say about pools: unique names, every xor share, phase within every, a share ≤ 1. */
export function checkPools(pools: unknown, out: PathError[]): Set<string> {
  const names = new Map<string, number>();
  if (!Array.isArray(pools)) return new Set();
  pools.forEach((pool, i) => {
    if (!isRecord(pool)) return;
    const path = ['pools', i];
    if (typeof pool.name === 'string') {
      const first = names.get(pool.name);
      if (first !== undefined) out.push({ path: [...path, 'name'], code: 'duplicatePool', message: da.agreement.duplicatePool(pool.name, first), values: { pool: pool.name } });
      else names.set(pool.name, i);
    }
    const hasEvery = pool.every !== undefined;
    const hasShare = pool.share !== undefined;
    if (!hasEvery && !hasShare) out.push({ path, code: 'poolNeedsRule', message: da.agreement.poolNeedsRule });
    if (hasEvery && hasShare) out.push({ path, code: 'poolBothRules', message: da.agreement.poolBothRules });
    if (pool.phase !== undefined && !hasEvery) out.push({ path: [...path, 'phase'], code: 'phaseWithoutEvery', message: da.agreement.phaseWithoutEvery });
    if (typeof pool.phase === 'number' && typeof pool.every === 'number' && pool.phase > pool.every) {
      out.push({ path: [...path, 'phase'], code: 'phaseTooLarge', message: da.agreement.phaseTooLarge(pool.phase, pool.every), values: { phase: pool.phase, every: pool.every } });
    }
    if (typeof pool.share === 'string' || typeof pool.share === 'number') {
      const share = parseShare(pool.share);
      if (share !== undefined && share.numerator > share.denominator) out.push({ path: [...path, 'share'], code: 'badShare', message: da.agreement.badShare });
      const fractionAsNumber = typeof pool.share === 'number' && pool.share > 0 && pool.share < 1;
      if ((share === undefined && typeof pool.share === 'number') || fractionAsNumber) out.push({ path: [...path, 'share'], code: 'badShare', message: da.agreement.badShare });
    }
  });
  return new Set(names.keys());
}
