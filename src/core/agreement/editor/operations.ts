import { RuleOutcome } from '../model/types';
import { DefaultOutcome, Draft, DraftPool, DraftRule, MetaField, PoolField } from './draft';

/**
 * The editor's changes, each a pure function from one draft to the next (the pane keeps them for
 * undo and redo). Rules are found by their key, so a change lands on the rule the user meant even
 * after rules moved.
 */

const withRule = (d: Draft, key: string, change: (r: DraftRule) => DraftRule): Draft => ({ ...d, rules: d.rules.map((r) => (r.key === key ? change(r) : r)) });
const withPool = (d: Draft, key: string, change: (p: DraftPool) => DraftPool): Draft => ({ ...d, pools: d.pools.map((p) => (p.key === key ? change(p) : p)) });
const newKey = (d: Draft): [string, number] => [`k${d.nextKey + 1}`, d.nextKey + 1];

export function setMeta(d: Draft, field: Exclude<MetaField, 'defaultOutcome'>, value: string): Draft {
  return { ...d, meta: { ...d.meta, [field]: value } };
}

export function setDefaultOutcome(d: Draft, outcome: DefaultOutcome): Draft {
  return { ...d, meta: { ...d.meta, defaultOutcome: outcome } };
}

/** Sets one field of a pool; renaming a pool renames it in the rules that feed it too. */
export function setPoolField(d: Draft, key: string, field: PoolField, value: string): Draft {
  const before = d.pools.find((p) => p.key === key);
  const next = withPool(d, key, (p) => ({ ...p, [field]: value }));
  if (field !== 'name' || before === undefined || before.name === '') return next;
  return { ...next, rules: next.rules.map((r) => (r.outcome === 'pool' && r.pool === before.name ? { ...r, pool: value } : r)) };
}

/** A pool counting "every fourth", under a name no pool has yet. */
export function addPool(d: Draft, name: string, label: string): Draft {
  const [key, nextKey] = newKey(d);
  const taken = new Set(d.pools.map((p) => p.name));
  let unique = name;
  for (let n = 2; taken.has(unique); n++) unique = `${name}-${n}`;
  return { ...d, nextKey, pools: [...d.pools, { key, name: unique, label, every: '4', phase: '', share: '', capPerMonth: '', start: '', per: '', description: '' }] };
}

export function removePool(d: Draft, key: string): Draft {
  return { ...d, pools: d.pools.filter((p) => p.key !== key) };
}

/**
 * The condition on one fact, as typed; a new fact is added to the rule. An emptied cell stays (the
 * user is retyping it; empty means no condition) until removed with removeCell.
 */
export function setCell(d: Draft, key: string, fact: string, text: string): Draft {
  return withRule(d, key, (r) => {
    const has = r.cells.some((c) => c.fact === fact);
    return { ...r, cells: has ? r.cells.map((c) => (c.fact === fact ? { fact, text } : c)) : [...r.cells, { fact, text }] };
  });
}

export function removeCell(d: Draft, key: string, fact: string): Draft {
  return withRule(d, key, (r) => ({ ...r, cells: r.cells.filter((c) => c.fact !== fact) }));
}

export function setRuleName(d: Draft, key: string, name: string): Draft {
  return withRule(d, key, (r) => ({ ...r, name }));
}

export function setRuleDescription(d: Draft, key: string, description: string): Draft {
  return withRule(d, key, (r) => ({ ...r, description }));
}

/** What the rule does; a pool outcome takes the first pool when it names none. */
export function setOutcome(d: Draft, key: string, outcome: RuleOutcome, pool?: string): Draft {
  return withRule(d, key, (r) => ({ ...r, outcome, pool: outcome === 'pool' ? (pool ?? (r.pool || d.pools[0]?.name || '')) : '' }));
}

export function setExtra(d: Draft, key: string, extra: string): Draft {
  return withRule(d, key, (r) => ({ ...r, extra }));
}

/** Moves a rule one place up (-1) or down (+1) in decision order. */
export function moveRule(d: Draft, key: string, by: -1 | 1): Draft {
  const i = d.rules.findIndex((r) => r.key === key);
  const j = i + by;
  if (i < 0 || j < 0 || j >= d.rules.length) return d;
  const rules = [...d.rules];
  [rules[i], rules[j]] = [rules[j], rules[i]];
  return { ...d, rules };
}

/** A new rule at the end of the decision order (before "Ellers"), sending what it covers to the waiting list until the user says otherwise. */
export function addRule(d: Draft, name: string): Draft {
  const [key, nextKey] = newKey(d);
  return { ...d, nextKey, rules: [...d.rules, { key, name, description: '', cells: [], outcome: 'waitlist', pool: '', extra: '' }] };
}

/** A copy of a rule right below it, under a name of its own. */
export function duplicateRule(d: Draft, key: string, copyName: (name: string) => string): Draft {
  const i = d.rules.findIndex((r) => r.key === key);
  if (i < 0) return d;
  const [newRuleKey, nextKey] = newKey(d);
  const copy: DraftRule = { ...d.rules[i], key: newRuleKey, name: copyName(d.rules[i].name), cells: d.rules[i].cells.map((c) => ({ ...c })) };
  return { ...d, nextKey, rules: [...d.rules.slice(0, i + 1), copy, ...d.rules.slice(i + 1)] };
}

export function deleteRule(d: Draft, key: string): Draft {
  return { ...d, rules: d.rules.filter((r) => r.key !== key) };
}
