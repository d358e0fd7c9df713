import { isRecord } from '../util/isRecord';
import { ConditionTree } from './types';

/**
 * For each fact listed: the values it must hold for the tree to hold (a necessary condition, not
 * a sufficient one). A fact not listed may hold anything. An empty set: the tree can never hold.
 */
export type RequiredValues = Map<string, Set<unknown>>;

/**
 * What a condition tree demands of single facts, read from its `equal` and `in` comparisons with
 * literal values: `all` demands what any part demands, `any` what every part demands of the same
 * fact (the union), `not` nothing that can be listed. The rule chooser uses it to skip rules that
 * cannot hold for the value a row has. Only for trees compileConditions accepts.
 */
export function requiredValues(tree: unknown, named: Readonly<Record<string, ConditionTree>>, resolving: ReadonlySet<string> = new Set()): RequiredValues {
  if (!isRecord(tree)) return new Map();
  if (Array.isArray(tree.all)) return intersection(tree.all.map((p) => requiredValues(p, named, resolving)));
  if (Array.isArray(tree.any)) return tree.any.length === 0 ? new Map() : union(tree.any.map((p) => requiredValues(p, named, resolving)));
  if ('not' in tree) return new Map();
  if (typeof tree.condition === 'string') {
    const name = tree.condition;
    if (!Object.prototype.hasOwnProperty.call(named, name) || resolving.has(name)) return new Map();
    return requiredValues(named[name], named, new Set([...resolving, name]));
  }
  return leafValues(tree);
}

function leafValues(c: Record<string, unknown>): RequiredValues {
  const { fact, operator, value } = c;
  if (typeof fact !== 'string' || 'path' in c || 'params' in c) return new Map();
  if (operator === 'equal' && isPlain(value)) return new Map([[fact, matchable([value])]]);
  if (operator === 'in' && Array.isArray(value) && value.length === Object.keys(value).length && value.every(isPlain)) return new Map([[fact, matchable(value)]]);
  return new Map();
}

/** Values compared with `===`, which a Map finds by the same rule (SameValueZero differs only for NaN). */
function isPlain(v: unknown): boolean {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** NaN is never `===` anything, so it can never be the value a fact holds. */
function matchable(values: readonly unknown[]): Set<unknown> {
  return new Set(values.filter((v) => v === v));
}

function intersection(parts: readonly RequiredValues[]): RequiredValues {
  const out: RequiredValues = new Map();
  for (const part of parts)
    for (const [fact, values] of part) {
      const seen = out.get(fact);
      out.set(fact, seen === undefined ? new Set(values) : new Set([...seen].filter((v) => values.has(v))));
    }
  return out;
}

function union(parts: readonly RequiredValues[]): RequiredValues {
  const out: RequiredValues = new Map();
  for (const fact of parts[0].keys()) {
    if (!parts.every((p) => p.has(fact))) continue;
    out.set(fact, new Set(parts.flatMap((p) => [...p.get(fact)!])));
  }
  return out;
}
