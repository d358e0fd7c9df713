import { Agreement } from '../agreement/types';
import { allocate, RunInputs } from '../allocation/allocate';
import { AllocationState } from '../allocation/state';
import { SheetRow } from '../sheet/readSheet';
import { Decision, Outcome } from '../types';

export interface ChangedRow {
  row: number;
  unitId: string;
  from: Outcome;
  to: Outcome;
  fromPool: string | null;
  toPool: string | null;
}

/** Totals under the agreement and under the variant. */
export type OutcomeTotals = Record<Outcome, [number, number]>;

/** What a change of agreement does to one sheet: the vacancies whose outcome or pool differ, and the totals before and after. */
export interface AgreementDiff {
  agreement: string;
  variant: string;
  rows: number;
  changed: ChangedRow[];
  summary: OutcomeTotals;
}

/**
 * Both agreements over the same rows from the same state. The state is only read: each run gets
 * it as it is (a vacancy in its ledger keeps its decision under both), and nothing is saved.
 */
export async function diffAgreements(rows: readonly SheetRow[], agreement: Agreement, variant: Agreement, state: AllocationState | null, inputs: RunInputs = {}): Promise<AgreementDiff> {
  const before = await allocate(rows, agreement, state, undefined, undefined, inputs);
  const after = await allocate(rows, variant, state, undefined, undefined, inputs);
  return compareDecisions(agreement.id, variant.id, before.decisions, after.decisions);
}

/** Decisions of the same rows in the same (sheet) order, compared. */
export function compareDecisions(agreement: string, variant: string, before: readonly Decision[], after: readonly Decision[]): AgreementDiff {
  const summary: OutcomeTotals = { municipality: [0, 0], waitlist: [0, 0], excluded: [0, 0], error: [0, 0] };
  const changed: ChangedRow[] = [];
  before.forEach((a, i) => {
    const b = after[i];
    summary[a.outcome][0]++;
    summary[b.outcome][1]++;
    if (a.outcome !== b.outcome || a.pool !== b.pool) changed.push({ row: a.row, unitId: a.unitId, from: a.outcome, to: b.outcome, fromPool: a.pool, toPool: b.pool });
  });
  return { agreement, variant, rows: before.length, changed, summary };
}
