import { accessor, ALWAYS, compileConditions, Facts, KnownFacts, NEVER, Predicate } from '../agreement/compile';
import { isRefusal, RuleRefusal } from '../agreement/compileRefusal';
import { requiredValues, RequiredValues } from '../agreement/requiredValues';
import { Agreement, Rule } from '../agreement/types';

/**
 * A decision tree over the rules, in the order that decides. A branch reads one fact and goes to
 * the child for its value (or `other`); a leaf tries its rules in order. Below a branch the fact's
 * value is known, so every comparison of it with a literal was answered when the tree was built:
 * rules that cannot hold there are gone, and a rule that surely holds ends the leaf (`sure`).
 */
export class DispatchNode {
  constructor(
    readonly read: ((f: Facts) => unknown) | null,
    readonly table: Map<unknown, DispatchNode> | null,
    readonly other: DispatchNode | null,
    readonly tests: readonly Predicate[],
    readonly rules: readonly Rule[],
    readonly sure: Rule | null,
  ) {}
}

interface Candidate {
  rule: Rule;
  required: RequiredValues;
  /** The rule compiled with nothing known: what a leaf above any branch uses as it is. */
  plain: Predicate;
}

/** At most this many facts read in a row; a branch only where at least two rules demand values of its fact. */
const MAX_DEPTH = 4;
const MIN_RULES_TO_BRANCH = 2;
/**
 * Rules placed in nodes, counted over the whole tree: bounds the build (and its memory) on an
 * agreement with many rules, facts and listed values. Past it, nodes stay leaves that try their rules in order.
 */
const MAX_PLACED = 50_000;

/** The first rule outside the compiled subset and why, when there is one (the engine must decide). */
export function buildDispatch(agreement: Agreement): DispatchNode | RuleRefusal {
  const ordered = [...agreement.rules].sort((a, b) => b.priority - a.priority || a.index - b.index);
  const candidates: Candidate[] = [];
  for (const rule of ordered) {
    // Compiling with nothing known tells whether the rule is in the subset at all.
    const plain = compileConditions(rule.conditions, agreement.namedConditions);
    if (isRefusal(plain)) return { ...plain, rule: rule.name, ruleIndex: rule.index };
    candidates.push({ rule, required: requiredValues(rule.conditions, agreement.namedConditions), plain });
  }
  const budget = { placed: MAX_PLACED - candidates.length };
  return build(candidates, new Map(), agreement, budget);
}

function build(candidates: readonly Candidate[], known: KnownFacts, agreement: Agreement, budget: { placed: number }): DispatchNode {
  const fact = known.size < MAX_DEPTH ? branchFact(candidates, known) : null;
  if (fact === null) return leaf(candidates, known, agreement);
  const values = [...new Set(candidates.flatMap((c) => [...(c.required.get(fact) ?? [])]))];
  const children = values.map((value) => candidates.filter((c) => c.required.get(fact)?.has(value) ?? true));
  const others = candidates.filter((c) => !c.required.has(fact));
  const placed = children.reduce((n, c) => n + c.length, others.length);
  if (placed > budget.placed) return leaf(candidates, known, agreement);
  budget.placed -= placed;
  const table = new Map<unknown, DispatchNode>();
  values.forEach((value, i) => table.set(value, build(children[i], new Map([...known, [fact, value]]), agreement, budget)));
  return new DispatchNode(accessor(fact), table, build(others, known, agreement, budget), [], [], null);
}

/** The fact most rules demand values of, if enough do. */
function branchFact(candidates: readonly Candidate[], known: KnownFacts): string | null {
  const counts = new Map<string, number>();
  for (const c of candidates) for (const fact of c.required.keys()) if (!known.has(fact)) counts.set(fact, (counts.get(fact) ?? 0) + 1);
  let best: string | null = null;
  let most = MIN_RULES_TO_BRANCH - 1;
  for (const [fact, n] of counts)
    if (n > most) {
      best = fact;
      most = n;
    }
  return best;
}

function leaf(candidates: readonly Candidate[], known: KnownFacts, agreement: Agreement): DispatchNode {
  const tests: Predicate[] = [];
  const rules: Rule[] = [];
  for (const { rule, plain } of candidates) {
    // The rule compiled with nothing known, so it compiles with more known: the cast states that.
    const holds = known.size === 0 ? plain : (compileConditions(rule.conditions, agreement.namedConditions, known) as Predicate);
    if (holds === NEVER) continue;
    if (holds === ALWAYS) return new DispatchNode(null, null, null, tests, rules, rule);
    tests.push(holds);
    rules.push(rule);
  }
  return new DispatchNode(null, null, null, tests, rules, null);
}

/** The leaf a row reaches. */
export function leafFor(root: DispatchNode, facts: Facts): DispatchNode {
  let node = root;
  while (node.table !== null) node = node.table.get(node.read!(facts)) ?? node.other!;
  return node;
}

/** The first rule in the leaf that holds for the row. */
export function chooseIn(node: DispatchNode, facts: Facts): Rule | null {
  const tests = node.tests;
  for (let i = 0; i < tests.length; i++) if (tests[i](facts)) return node.rules[i];
  return node.sure;
}
