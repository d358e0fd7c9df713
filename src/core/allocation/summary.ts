import { Agreement, Pool } from '../agreement/types';
import { MissingDepartment } from '../register/types';
import { RequestSummary } from '../requests/summary';
import { Decision, PoolKey } from '../types';
import { Counters } from './counters';
import { compareKeys, keyId } from './poolKey';

export interface PoolSummary {
  pool: string;
  label: string;
  /**
   * Only in a pool counted per organisation or department: whose counter this row is about
   * (`department` only per department). Null on the one row of such a pool that has no key yet.
   */
  key?: { organisation: string; department?: string } | null;
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
  /** One row per pool; a pool counted per organisation or department has one row per key instead. */
  pools: PoolSummary[];
  errors: { row: number; message: string }[];
  /** With a department register: the sheet's departments it does not have. */
  departmentsNotInRegister?: MissingDepartment[];
  /** With the municipality's requests: which were filled, which are open, which expired. */
  requests?: RequestSummary;
}

/** Totals per outcome and per pool (per key), in one pass over the decisions. */
export function summarise(decisions: readonly Decision[], agreement: Agreement, counters: Counters, fromLedger: number): AllocationSummary {
  const outcomes = { municipality: 0, waitlist: 0, excluded: 0, error: 0 };
  const perPool = new Map<string, { counted: number; municipality: number }>();
  const errors: { row: number; message: string }[] = [];
  const tally = (id: string, d: Decision) => {
    const p = perPool.get(id) ?? perPool.set(id, { counted: 0, municipality: 0 }).get(id)!;
    p.counted++;
    if (d.outcome === 'municipality') p.municipality++;
  };
  const keysSeen = new Map<string, Map<string, PoolKey>>();
  for (const d of decisions) {
    outcomes[d.outcome]++;
    if (d.outcome === 'error') errors.push({ row: d.row, message: d.reason });
    if (d.pool === null) continue;
    if (d.key === null) tally(d.pool, d);
    else {
      tally(`${d.pool}\u0000${keyId(d.key)}`, d);
      const keys = keysSeen.get(d.pool) ?? keysSeen.set(d.pool, new Map()).get(d.pool)!;
      keys.set(keyId(d.key), d.key);
    }
  }
  const pools = [...agreement.pools.values()].flatMap((pool): PoolSummary[] =>
    pool.per === null
      ? [{ pool: pool.name, label: pool.label, ...(perPool.get(pool.name) ?? { counted: 0, municipality: 0 }), capped: counters.capped.get(pool.name) ?? 0, counterAfter: counters.current(pool) }]
      : keyRows(pool, counters, keysSeen.get(pool.name), perPool),
  );
  return { rows: decisions.length, ...outcomes, fromLedger, pools, errors };
}

/** One row per key the pool has a counter for or the sheet has vacancies of, in the order keys are read. */
function keyRows(pool: Pool, counters: Counters, seen: Map<string, PoolKey> | undefined, perPool: Map<string, { counted: number; municipality: number }>): PoolSummary[] {
  const known = new Map(counters.keysOf(pool).map((k) => [keyId(k.key), k]));
  const keys = new Map<string, PoolKey>([...[...known.values()].map((k) => [keyId(k.key), k.key] as const), ...(seen ?? [])]);
  if (keys.size === 0) return [{ pool: pool.name, label: pool.label, key: null, counted: 0, municipality: 0, capped: 0, counterAfter: pool.start }];
  return [...keys.values()].sort(compareKeys).map((key) => {
    const id = keyId(key);
    const k = known.get(id);
    return {
      pool: pool.name,
      label: pool.label,
      key: { organisation: key.organisation, ...(key.department === null ? {} : { department: key.department }) },
      ...(perPool.get(`${pool.name}\u0000${id}`) ?? { counted: 0, municipality: 0 }),
      capped: k?.capped ?? 0,
      counterAfter: k?.counter ?? pool.start,
    };
  });
}
