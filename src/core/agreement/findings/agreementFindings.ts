import { conjuncts, inlineNamed, isPlainLeaf } from '../model/inline';
import { Agreement, Rule } from '../types';
import { Finding } from './types';
import { covers, ruleBox } from './ruleBox';

/** Rules in the order that decides: highest priority first, ties in file order. */
export function decisionOrder(agreement: Agreement): Rule[] {
  return [...agreement.rules].sort((a, b) => b.priority - a.priority || a.index - b.index);
}

/** What the agreement alone shows: unreachable rules, pools nothing feeds, values between two rules. */
export function agreementFindings(agreement: Agreement): Finding[] {
  return [...shadowed(agreement), ...unusedPools(agreement), ...boundaries(agreement)];
}

/** A rule every vacancy of which an earlier rule already decides. */
function shadowed(agreement: Agreement): Finding[] {
  const boxes = decisionOrder(agreement).map((r) => ruleBox(r, agreement));
  const out: Finding[] = [];
  boxes.forEach((box, j) => {
    // A rule that can never hold is unreachable for its own reasons, not for an earlier rule's.
    if (box.empty) return;
    const by = boxes.slice(0, j).find((earlier) => covers(earlier, box));
    if (by === undefined) return;
    out.push({
      code: 'shadowed',
      rule: box.rule.name,
      pool: null,
      fact: null,
      value: null,
      values: { position: j + 1, by: by.rule.name, byPosition: boxes.indexOf(by) + 1 },
    });
  });
  return out;
}

function unusedPools(agreement: Agreement): Finding[] {
  const fed = new Set(agreement.rules.map((r) => r.pool).filter((p) => p !== null));
  return [...agreement.pools.values()].filter((p) => !fed.has(p.name)).map((p) => ({ code: 'unusedPool' as const, rule: null, pool: p.name, fact: null, value: null, values: { label: p.label } }));
}

/** The plain fact conditions a rule's conjunction states (what a reader sees as "under X", "mindst X" …). */
function plainLeaves(rule: Rule, agreement: Agreement) {
  return (conjuncts(inlineNamed(rule.conditions, agreement.namedConditions)) ?? []).filter(isPlainLeaf);
}

/**
 * One rule says under X and another over X on the same fact, and no rule takes X itself (with
 * højst X, mindst X, X or a list holding X): a vacancy of exactly X falls between them.
 */
function boundaries(agreement: Agreement): Finding[] {
  const under = new Map<string, Rule>();
  const over = new Map<string, Rule>();
  const taken = new Set<string>();
  const key = (fact: string, value: unknown) => `${fact}\u0000${JSON.stringify(value)}`;
  for (const rule of decisionOrder(agreement)) {
    for (const leaf of plainLeaves(rule, agreement)) {
      if (typeof leaf.value !== 'number') {
        if (Array.isArray(leaf.value) && leaf.operator === 'in') for (const v of leaf.value) taken.add(key(leaf.fact, v));
        continue;
      }
      const k = key(leaf.fact, leaf.value);
      if (leaf.operator === 'lessThan' && !under.has(k)) under.set(k, rule);
      else if (leaf.operator === 'greaterThan' && !over.has(k)) over.set(k, rule);
      else if (['lessThanInclusive', 'greaterThanInclusive', 'equal'].includes(leaf.operator)) taken.add(k);
    }
  }
  const out: Finding[] = [];
  for (const [k, low] of under) {
    const high = over.get(k);
    if (high === undefined || taken.has(k)) continue;
    const [fact, raw] = k.split('\u0000');
    const value = JSON.parse(raw) as number;
    out.push({
      code: 'boundary',
      rule: high.name,
      pool: null,
      fact,
      value,
      values: { under: low.name, over: high.name },
    });
  }
  return out;
}
