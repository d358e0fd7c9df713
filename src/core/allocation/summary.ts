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

export function summarise(decisions: readonly Decision[], agreement: Agreement, counters: Counters, fromLedger: number): AllocationSummary {
  const count = (o: Decision['outcome']) => decisions.filter((d) => d.outcome === o).length;
  const pools = [...agreement.pools.values()].map((pool) => {
    const inPool = decisions.filter((d) => d.pool === pool.name);
    return {
      pool: pool.name,
      label: pool.label,
      counted: inPool.length,
      municipality: inPool.filter((d) => d.outcome === 'municipality').length,
      capped: counters.capped.get(pool.name) ?? 0,
      counterAfter: counters.current(pool),
    };
  });
  return {
    rows: decisions.length,
    municipality: count('municipality'),
    waitlist: count('waitlist'),
    excluded: count('excluded'),
    error: count('error'),
    fromLedger,
    pools,
    errors: decisions.filter((d) => d.outcome === 'error').map((d) => ({ row: d.row, message: d.reason })),
  };
}
