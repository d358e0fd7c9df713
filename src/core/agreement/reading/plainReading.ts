import * as da from '../../da';
import { CellCondition, CellValueOf } from '../grammar/cellCondition';
import { factKind } from '../grammar/factKinds';
import { dateText, numberText } from '../grammar/valueText';
import { modelFromAgreement } from '../model/fromAgreement';
import { FactCell, RuleModel } from '../model/types';
import { Agreement, DefaultOutcome } from '../types';

export interface RuleReading {
  /** 1-based place in decision order. */
  position: number;
  rule: string;
  text: string;
}

export interface PoolReading {
  pool: string;
  label: string;
  text: string;
}

/** An agreement read back to its user in Danish: every rule in decision order, what happens otherwise, the pools. */
export interface AgreementReading {
  agreement: string;
  name: string;
  rules: RuleReading[];
  otherwise: string;
  defaultOutcome: DefaultOutcome;
  pools: PoolReading[];
}

export function plainReading(agreement: Agreement): AgreementReading {
  const model = modelFromAgreement(agreement);
  return {
    agreement: agreement.id,
    name: agreement.name,
    rules: model.rules.map((r, i) => ({ position: i + 1, rule: r.name, text: ruleText(r, i, agreement) })),
    otherwise: model.rules.some((r) => r.cells.length === 0 && r.extra === null) ? da.reading.neverOtherwise : da.reading.otherwise(agreement.defaultOutcome, model.rules.length > 0),
    defaultOutcome: agreement.defaultOutcome,
    pools: [...agreement.pools.values()].map((p) => ({ pool: p.name, label: p.label, text: da.reading.pool(p.label, p.name, da.reason.poolRule(p.kind), p.capPerMonth, p.start, p.per) })),
  };
}

function ruleText(r: RuleModel, index: number, agreement: Agreement): string {
  const pool = r.pool === null ? undefined : agreement.pools.get(r.pool);
  const poolRule = pool ? da.reason.poolRule(pool.kind) : '';
  const label = pool?.label ?? r.pool ?? '';
  const conditions = [...r.cells.map(cellClause), ...(r.extra === null ? [] : [da.reading.extra(JSON.stringify(r.extra))])];
  if (conditions.length === 0) {
    const u = da.reading.unconditional;
    const others = index > 0;
    const text = r.outcome === 'pool' ? u.pool(others, label, poolRule) : u[r.outcome](others);
    return da.reading.unconditionalRule(index + 1, text);
  }
  const o = da.reading.outcome;
  return da.reading.rule(index + 1, conditions, r.outcome === 'pool' ? o.pool(label, poolRule) : o[r.outcome]);
}

/** The values of a cell's condition as a person reads them: numbers and dates Danish, labels by their value. */
function cellClause({ fact, condition }: FactCell): string {
  const raw = values(condition);
  const kind = factKind(fact);
  const shown = raw.map((v) => (typeof v === 'number' ? (numberText(v) ?? String(v)) : kind === 'date' ? (dateText(v) ?? v) : v));
  return da.reading.condition(fact, { op: condition.op, values: shown }, raw.map(String));
}

function values(c: CellCondition): CellValueOf[] {
  switch (c.op) {
    case 'in':
    case 'notIn':
      return c.values;
    case 'between':
      return [c.min, c.max];
    default:
      return [c.value];
  }
}
