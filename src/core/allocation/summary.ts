import { Agreement } from '../agreement/types';
import { Decision } from '../types';
import { Counters } from './counters';

export interface PoolSummary {
  pool: string;
  label: string;
  /** Vacancies of this sheet in the pool (including those decided by an earlier run). */
  counted: number;
  municipality: number;
  /** Hits that went to the waiting list because the monthly cap was reached. */
  capped: number;
  counterAfter: number;
}

export interface AllocationSummary {
  rows: number;
  municipality: number;
  waitlist: number;
  excluded: number;
  error: number;
  /** Vacancies found in the ledger: decided by an earlier run, unchanged now. */
  fromLedger: number;
  pools: PoolSummary[];
  errors: { row: number; message: string }[];
}

/** Totals per outcome and per pool, in one pass over the decisions. */
export function summarise(decisions: readonly Decision[], agreement: Agreement, counters: Counters, fromLedger: number): AllocationSummary {
  const outcomes = { municipality: 0, waitlist: 0, excluded: 0, error: 0 };
  const perPool = new Map<string, { counted: number; municipality: number }>();
  const errors: { row: number; message: string }[] = [];
  for (const d of decisions) {
    outcomes[d.outcome]++;
    if (d.outcome === 'error') errors.push({ row: d.row, message: d.reason });
    if (d.pool !== null) {
      const p = perPool.get(d.pool) ?? perPool.set(d.pool, { counted: 0, municipality: 0 }).get(d.pool)!;
      p.counted++;
      if (d.outcome === 'municipality') p.municipality++;
    }
  }
  const pools = [...agreement.pools.values()].map((pool) => ({
    pool: pool.name,
    label: pool.label,
    counted: perPool.get(pool.name)?.counted ?? 0,
    municipality: perPool.get(pool.name)?.municipality ?? 0,
    capped: counters.capped.get(pool.name) ?? 0,
    counterAfter: counters.current(pool),
  }));
  return { rows: decisions.length, ...outcomes, fromLedger, pools, errors };
}
