import { CellCondition, FactLeaf, fromLeaves } from '../grammar/cellCondition';
import { factKind, SHEET_FACTS } from '../grammar/factKinds';
import { writeCell } from '../grammar/writeCell';
import { Agreement, ConditionTree, Rule } from '../types';
import { conjuncts, inlineNamed, isPlainLeaf } from './inline';
import { AgreementModel, FactCell, RuleModel } from './types';

/** The schema's pattern for an id; a file name with spaces stands in for an id but cannot be written as one. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * A checked agreement as the editable model: rules by descending priority (ties in file order),
 * each condition a cell can say in its fact's cell, the rest whole in `extra`. Named conditions
 * are written out where they are used, so the model needs none.
 */
export function modelFromAgreement(agreement: Agreement): AgreementModel {
  const { source } = agreement;
  const ordered = [...agreement.rules].sort((a, b) => b.priority - a.priority || a.index - b.index);
  return {
    // The id and name in use (a file's name stands in for a missing id): the state keeps its counters under the id.
    ...(ID.test(agreement.id) ? { id: agreement.id } : {}),
    name: agreement.name,
    ...(source.parties !== undefined ? { parties: [...source.parties] } : {}),
    ...(source.legalBasis !== undefined ? { legalBasis: source.legalBasis } : {}),
    ...(source.description !== undefined ? { description: source.description } : {}),
    ...(source.validFrom !== undefined ? { validFrom: source.validFrom } : {}),
    ...(source.validTo !== undefined ? { validTo: source.validTo } : {}),
    ...(source.defaultOutcome !== undefined ? { defaultOutcome: source.defaultOutcome } : {}),
    pools: (source.pools ?? []).map((p) => ({ ...p })),
    rules: ordered.map((rule) => ruleModel(rule, agreement)),
  };
}

function ruleModel(rule: Rule, agreement: Agreement): RuleModel {
  const { cells, extra } = splitConditions(inlineNamed(rule.conditions, agreement.namedConditions) as ConditionTree);
  return {
    // The name the decisions carry (a rule without one is "Regel N" by its place in the file), so it stays the same.
    name: rule.name,
    description: agreement.source.rules[rule.index].description ?? '',
    cells,
    extra,
    outcome: rule.outcome,
    pool: rule.pool,
  };
}

/** Cells for what the grammar can say of a plain conjunction; everything else, in its order, stays JSON. */
export function splitConditions(tree: ConditionTree): { cells: FactCell[]; extra: ConditionTree | null } {
  const parts = conjuncts(tree);
  if (parts === null) return { cells: [], extra: tree };
  const byFact = new Map<string, FactLeaf[]>();
  const rest: unknown[] = [];
  for (const part of parts) {
    if (isPlainLeaf(part) && factKind(part.fact) !== undefined) byFact.set(part.fact, [...(byFact.get(part.fact) ?? []), part]);
    else rest.push(part);
  }
  const cells: FactCell[] = [];
  for (const fact of SHEET_FACTS) {
    const leaves = byFact.get(fact);
    if (leaves === undefined) continue;
    const { condition, left } = bestCell(fact, leaves);
    if (condition !== null) cells.push({ fact, condition });
    rest.push(...left);
  }
  return { cells, extra: extraOf(rest) };
}

/** All the fact's conditions in one cell if it can say them, else the most a cell can say (a range, then one). */
function bestCell(fact: string, leaves: FactLeaf[]): { condition: CellCondition | null; left: FactLeaf[] } {
  const sayable = (ls: FactLeaf[]) => {
    const c = fromLeaves(ls);
    return c !== null && writeCell(fact, c) !== null ? c : null;
  };
  const whole = sayable(leaves);
  if (whole) return { condition: whole, left: [] };
  for (let i = 0; i < leaves.length; i++)
    for (let j = i + 1; j < leaves.length; j++) {
      const pair = sayable([leaves[i], leaves[j]]);
      if (pair) return { condition: pair, left: leaves.filter((_, k) => k !== i && k !== j) };
    }
  for (let i = 0; i < leaves.length; i++) {
    const one = sayable([leaves[i]]);
    if (one) return { condition: one, left: leaves.filter((_, k) => k !== i) };
  }
  return { condition: null, left: leaves };
}

/** What the cells leave: nothing, one part that can stand as a root (all, any, not), or an `all` of the parts. */
function extraOf(rest: unknown[]): ConditionTree | null {
  if (rest.length === 0) return null;
  if (rest.length === 1 && isRoot(rest[0])) return rest[0] as ConditionTree;
  return { all: rest };
}

export function isRoot(node: unknown): boolean {
  return typeof node === 'object' && node !== null && !Array.isArray(node) && ('all' in node || 'any' in node || 'not' in node);
}
