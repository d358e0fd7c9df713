import { toLeaves } from '../grammar/cellCondition';
import { AgreementFile, ConditionTree, RuleSpec } from '../types';
import { isRoot } from './fromAgreement';
import { AgreementModel, RuleModel } from './types';

const EVENT = { excluded: 'exclude', waitlist: 'waitlist', municipality: 'allocate', pool: 'quota', request: 'request' } as const;

/**
 * The agreement file the model stands for: rows become rules with descending priorities (the
 * first row the highest), so the first row whose conditions hold decides, as the sheet says.
 */
export function fileFromModel(model: AgreementModel): AgreementFile {
  const { rules, pools, ...meta } = model;
  return {
    ...meta,
    pools: pools.map((p) => ({ ...p })),
    rules: rules.map((r, i) => ruleSpec(r, rules.length - i)),
  };
}

function ruleSpec(r: RuleModel, priority: number): RuleSpec {
  return {
    ...(r.name !== '' ? { name: r.name } : {}),
    ...(r.description !== '' ? { description: r.description } : {}),
    priority,
    conditions: ruleConditions(r),
    event: r.outcome === 'pool' ? { type: 'quota', params: { pool: r.pool ?? '' } } : { type: EVENT[r.outcome] },
  };
}

/**
 * The cells' conditions in column order, then Betingelse (JSON), all under one `all`; a rule with
 * nothing but Betingelse (JSON) takes it as its root when it can be one.
 */
export function ruleConditions(r: RuleModel): ConditionTree {
  const leaves: unknown[] = r.cells.flatMap((c) => toLeaves(c.fact, c.condition));
  if (r.extra === null) return { all: leaves };
  if (leaves.length === 0 && isRoot(r.extra)) return r.extra;
  return { all: [...leaves, r.extra] };
}
