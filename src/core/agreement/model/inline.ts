import { isRecord } from '../../util/isRecord';
import { ConditionTree } from '../types';

/**
 * The tree with every named condition written out where it is used (as the compiler does) and
 * plain `all`s inside an `all` opened up: the same conjunction, in a form whose fact conditions
 * can be taken out one by one. Only for checked agreements (no unknown names, no rings).
 */
export function inlineNamed(tree: unknown, named: Readonly<Record<string, ConditionTree>>): unknown {
  if (Array.isArray(tree)) return tree.map((t) => inlineNamed(t, named));
  if (!isRecord(tree)) return tree;
  if (typeof tree.condition === 'string' && Object.prototype.hasOwnProperty.call(named, tree.condition)) {
    const { condition, ...rest } = tree;
    // Anything else on the reference (a priority) stays with what it refers to.
    return { ...(inlineNamed(named[condition as string], named) as ConditionTree), ...rest };
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tree)) out[key] = key === 'all' || key === 'any' || key === 'not' ? inlineNamed(value, named) : value;
  return out;
}

/** The parts of a plain `all` (nothing but the list), with nested plain `all`s opened; null for any other root. */
export function conjuncts(tree: unknown): unknown[] | null {
  if (!isPlainAll(tree)) return null;
  return (tree.all as unknown[]).flatMap((part) => conjuncts(part) ?? [part]);
}

function isPlainAll(tree: unknown): tree is { all: unknown[] } {
  return isRecord(tree) && Array.isArray(tree.all) && Object.keys(tree).length === 1;
}

/** A fact condition with exactly fact, operator and value: nothing a cell would lose. */
export function isPlainLeaf(node: unknown): node is { fact: string; operator: string; value: unknown } {
  return isRecord(node) && typeof node.fact === 'string' && typeof node.operator === 'string' && 'value' in node && Object.keys(node).length === 3;
}
