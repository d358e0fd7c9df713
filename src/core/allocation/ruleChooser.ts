import { Engine, Rule as EngineRule } from 'json-rules-engine';
import { Agreement, Rule } from '../agreement/types';
import { Vacancy } from '../types';

export type RuleChooser = (vacancy: Vacancy) => Promise<Rule | null>;

/**
 * json-rules-engine decides which rules hold; we pick among them: the highest priority, ties by
 * order in the file. Rules are registered under their index so display names may repeat.
 */
export function createRuleChooser(agreement: Agreement): RuleChooser {
  const engine = new Engine([], {
    allowUndefinedFacts: false,
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
