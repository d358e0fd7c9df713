import { allocate } from '../../allocation/allocate';
import { createRuleChooser } from '../../allocation/ruleChooser';
import { AllocationState } from '../../allocation/state';
import { compareDecisions, ChangedRow } from '../../diff/agreementDiff';
import { SheetRow } from '../../sheet/readSheet';
import { Decision, Vacancy } from '../../types';
import { Finding, lintAgreement } from '../findings';
import { decisionOrder } from '../findings/agreementFindings';
import { Agreement } from '../types';

/** What the municipality gets from one pool before and after the change. */
export interface PoolEffect {
  pool: string;
  label: string;
  before: number;
  after: number;
}

/** What an edit does to the sheet the pane has read. */
export interface LiveEffect {
  rows: number;
  changed: ChangedRow[];
  municipality: [number, number];
  pools: PoolEffect[];
  /** How many vacancies of the sheet each rule decides, in decision order (the edited agreement). */
  hits: { rule: string; hits: number }[];
  findings: Finding[];
}

/** The original agreement's decisions on a sheet, worked out once and kept while the user edits. */
export interface Baseline {
  agreement: Agreement;
  decisions: Decision[];
}

export async function baseline(rows: readonly SheetRow[], agreement: Agreement, state: AllocationState | null): Promise<Baseline> {
  return { agreement, decisions: (await allocate(rows, agreement, state)).decisions };
}

/**
 * The edited agreement over the same rows from the same state as the original: the vacancies whose
 * outcome or pool changes, the municipality's units per pool before and after, the rules' hits
 * (what each decides of the sheet, whatever the ledger says), and the findings of lint.
 */
export async function liveEffect(rows: readonly SheetRow[], base: Baseline, edited: Agreement, state: AllocationState | null, columns: ReadonlySet<string>): Promise<LiveEffect> {
  const after = (await allocate(rows, edited, state)).decisions;
  const diff = compareDecisions(base.agreement.id, edited.id, base.decisions, after);
  const vacancies = rows.flatMap((r): Vacancy[] => (r.vacancy === null ? [] : [r.vacancy]));
  return {
    rows: diff.rows,
    changed: diff.changed,
    municipality: diff.summary.municipality,
    pools: poolEffects(base, edited, after),
    hits: await ruleHits(edited, vacancies),
    findings: await lintAgreement(edited, { vacancies, columns }),
  };
}

function poolEffects(base: Baseline, edited: Agreement, after: readonly Decision[]): PoolEffect[] {
  const count = (decisions: readonly Decision[], pool: string) => decisions.filter((d) => d.pool === pool && d.outcome === 'municipality').length;
  const names = [...new Set([...edited.pools.keys(), ...base.agreement.pools.keys()])];
  return names.map((pool) => ({
    pool,
    label: edited.pools.get(pool)?.label ?? base.agreement.pools.get(pool)?.label ?? pool,
    before: count(base.decisions, pool),
    after: count(after, pool),
  }));
}

async function ruleHits(agreement: Agreement, vacancies: readonly Vacancy[]): Promise<{ rule: string; hits: number }[]> {
  const order = decisionOrder(agreement);
  const hits = new Map(order.map((r) => [r.index, 0]));
  const choose = createRuleChooser(agreement);
  for (const v of vacancies) {
    const chosen = choose(v);
    const rule = chosen instanceof Promise ? await chosen : chosen;
    if (rule !== null) hits.set(rule.index, (hits.get(rule.index) ?? 0) + 1);
  }
  return order.map((r) => ({ rule: r.name, hits: hits.get(r.index) ?? 0 }));
}
