import * as da from '../../da';
import { plainReading } from '../reading/plainReading';
import { Agreement } from '../types';

/** One way a variant differs from its original, as the plain reading says it. */
export type Change = { kind: 'pool' | 'rule' | 'otherwise'; before: string | null; after: string | null };

/**
 * What differs between an agreement and its variant, in the words of the plain reading: pools by
 * name (added, removed or changed), rules by their place in decision order, and "Ellers".
 */
export function variantChanges(original: Agreement, variant: Agreement): Change[] {
  const a = plainReading(original);
  const b = plainReading(variant);
  const changes: Change[] = [];
  const poolsA = new Map(a.pools.map((p) => [p.pool, p.text]));
  const poolsB = new Map(b.pools.map((p) => [p.pool, p.text]));
  for (const [pool, text] of poolsA) if (poolsB.get(pool) !== text) changes.push({ kind: 'pool', before: text, after: poolsB.get(pool) ?? null });
  for (const [pool, text] of poolsB) if (!poolsA.has(pool)) changes.push({ kind: 'pool', before: null, after: text });
  // A rule's sentence names its pool's count ("hver 3. går til kommunen"); a change of the pool alone is told once, as the pool's.
  const asVariantPools = (text: string) =>
    [...original.pools.values()].reduce((t, p) => {
      const q = variant.pools.get(p.name);
      return q === undefined ? t : t.split(`'${p.label}' (${da.reason.poolRule(p.kind)})`).join(`'${q.label}' (${da.reason.poolRule(q.kind)})`);
    }, text);
  for (let i = 0; i < Math.max(a.rules.length, b.rules.length); i++) {
    const before = a.rules[i]?.text ?? null;
    const after = b.rules[i]?.text ?? null;
    if (before !== after && (before === null || after === null || asVariantPools(before) !== after)) changes.push({ kind: 'rule', before, after });
  }
  if (a.otherwise !== b.otherwise) changes.push({ kind: 'otherwise', before: a.otherwise, after: b.otherwise });
  return changes;
}
