import { Engine, Rule as EngineRule } from 'json-rules-engine';
import { Facts } from '../agreement/compile';
import { Agreement, Rule } from '../agreement/types';
import { Vacancy } from '../types';
import { RuleRefusal } from '../agreement/compileRefusal';
import { buildDispatch, chooseIn, DispatchNode, leafFor } from './dispatch';

/** Which rule decides a vacancy; synchronous when the agreement compiles, a promise when the engine must run. */
export type RuleChooser = (vacancy: Vacancy) => Rule | null | Promise<Rule | null>;

/**
 * The compiled predicates when every rule compiles (the common case: thousands of times faster),
 * else json-rules-engine, the reference.
 */
export function createRuleChooser(agreement: Agreement): RuleChooser {
  const compiled = compileChooser(agreement);
  return compiled.ok ? compiled.choose : createEngineChooser(agreement);
}

/** Why json-rules-engine, not the compiled chooser, decides this agreement; null when it compiles. */
export function chooserRefusal(agreement: Agreement): RuleRefusal | null {
  const compiled = compileChooser(agreement);
  return compiled.ok ? null : compiled.refusal;
}

/**
 * Rules in the order that decides: highest priority first, ties by order in the file; the first
 * that holds wins. A decision tree on the facts the rules name (dispatch.ts) skips the rules that
 * cannot hold for a row.
 */
export function compileChooser(agreement: Agreement): { ok: true; choose: (vacancy: Vacancy) => Rule | null } | { ok: false; refusal: RuleRefusal } {
  const root = buildDispatch(agreement);
  if (!(root instanceof DispatchNode)) return { ok: false, refusal: root };
  if (root.table === null) return { ok: true, choose: (vacancy) => chooseIn(root, vacancy as unknown as Facts) };
  return {
    ok: true,
    choose: (vacancy) => {
      const facts = vacancy as unknown as Facts;
      return chooseIn(leafFor(root, facts), facts);
    },
  };
}

/**
 * json-rules-engine decides which rules hold; we pick among them: the highest priority, ties by
 * order in the file. Rules are registered under their index so display names may repeat. The
 * product never allows undefined facts; the differential test also compares with an engine that does.
 */
export function createEngineChooser(agreement: Agreement, { allowUndefinedFacts = false } = {}): (vacancy: Vacancy) => Promise<Rule | null> {
  const engine = new Engine([], {
    allowUndefinedFacts,
    // Agreements may not use JSONPath (validation refuses `path`); this makes sure it never runs.
    pathResolver: () => {
      throw new Error('path is not allowed in agreements');
    },
  });
  for (const [name, tree] of Object.entries(agreement.namedConditions)) {
    engine.setCondition(name, tree as never);
  }
  for (const rule of agreement.rules) {
    engine.addRule(new EngineRule({ name: String(rule.index), priority: rule.priority, conditions: rule.conditions as never, event: { type: 'match' } }));
  }
  return async (vacancy) => {
    const { results } = await engine.run({ ...vacancy });
    let best: Rule | null = null;
    for (const result of results) {
      const rule = agreement.rules[Number(result.name)];
      if (best === null || rule.priority > best.priority || (rule.priority === best.priority && rule.index < best.index)) best = rule;
    }
    return best;
  };
}
