import { conjuncts, inlineNamed, isPlainLeaf } from '../model/inline';
import { Agreement, Rule } from '../types';
import { ANYTHING, Constraint, intersect, isEmpty, leafConstraint, within } from './constraint';

/**
 * A rule's conditions as a box: what its simple conditions (ranges, lists, labels, joined by
 * `all`) demand of each fact. `opaque` when it has conditions this cannot read (any, not,
 * comparisons between facts …): the rule then holds for at most the box, perhaps less.
 */
export interface RuleBox {
  rule: Rule;
  facts: Map<string, Constraint>;
  opaque: boolean;
  /** No vacancy meets the box. */
  empty: boolean;
}

export function ruleBox(rule: Rule, agreement: Agreement): RuleBox {
  const tree = inlineNamed(rule.conditions, agreement.namedConditions);
  const parts = conjuncts(tree);
  const facts = new Map<string, Constraint>();
  let opaque = parts === null;
  for (const part of parts ?? []) {
    const c = isPlainLeaf(part) ? leafConstraint(part.fact, part.operator, part.value) : null;
    if (c === null || !isPlainLeaf(part)) {
      opaque = true;
      continue;
    }
    facts.set(part.fact, intersect(facts.get(part.fact) ?? ANYTHING, c));
  }
  const empty = [...facts].some(([fact, c]) => isEmpty(fact, c));
  return { rule, facts, opaque, empty };
}

/**
 * Every vacancy `inner` holds for, `outer` holds for too. Sound, not complete: false whenever
 * `outer` has conditions the box cannot read, or when the boxes cannot be compared exactly.
 */
export function covers(outer: RuleBox, inner: RuleBox): boolean {
  if (outer.opaque) return false;
  for (const [fact, c] of outer.facts) if (!within(fact, inner.facts.get(fact) ?? ANYTHING, c)) return false;
  return true;
}
