import { Agreement, Pool } from '../agreement/types';
import { allocate, RunInputs } from '../allocation/allocate';
import { compareKeys, keyId } from '../allocation/poolKey';
import { AllocationState } from '../allocation/state';
import * as da from '../da';
import { readUserSheet } from '../results/userSheet';
import { CellTable, Decision, PoolKey } from '../types';
import { LetTo, LogEntry, readLogColumns } from './logColumns';

export interface PoolCheck {
  pool: string;
  label: string;
  /** In a pool counted per organisation or department: whose entitlement this row is. */
  key?: PoolKey;
  /** Vacancies in the pool. */
  counted: number;
  /** What the agreement entitles the municipality to: the pool's municipal positions (after any cap). */
  entitled: number;
  /** Vacancies of the pool offered to the municipality (let to it, or offered and declined). */
  delivered: number;
  /** Of those delivered, the ones the municipality declined. */
  declined: number;
}

export interface Deviation {
  row: number;
  unitId: string;
  expected: 'municipality' | 'waitlist' | 'excluded';
  actual: LetTo;
  reason: string;
}

export interface CheckResult {
  pools: PoolCheck[];
  /** Vacancies the agreement gives the municipality by a rule without a pool (allocate). */
  withoutPool: Tally;
  /** Vacancies decided by the municipality's requests: counted, those that matched an open request (entitled), delivered. */
  byRequest: Tally;
  deviations: Deviation[];
  /** Vacancies the municipality should have been offered that are not let yet, and not offered. */
  pending: { row: number; unitId: string; reason: string }[];
  /** Rows that cannot be checked: sheet errors, or unreadable log cells. */
  unreadable: { row: number; message: string }[];
  decisions: Decision[];
}

/**
 * The allocation officer's check: the agreement is applied to the lettings log as to a vacancy
 * sheet (from a starting state, or zero), and what it promised is compared with what happened.
 * Offering counts as delivering: a unit the municipality declined was still delivered.
 */
export async function checkLettings(
  table: CellTable,
  agreement: Agreement,
  state: AllocationState | null,
  position: { firstRow?: number; firstColumn?: number } = {},
  inputs: RunInputs = {},
): Promise<{ ok: true; result: CheckResult } | { ok: false; error: string }> {
  const { cells: clean, sheet } = readUserSheet(table, position);
  if (!sheet.ok) return { ok: false, error: da.sheet.problem(sheet.error) };
  const log = readLogColumns(clean, position);
  if (!log.ok) return { ok: false, error: log.error };
  const { decisions } = await allocate(sheet.rows, agreement, state, undefined, undefined, inputs);

  // By pool, and by pool and key in a pool counted per key; REQUESTS for the vacancies the requests decide.
  const tally = new Map<string | null, Tally>();
  const keys = new Map<string, PoolKey>();
  const count = (id: string | null) => tally.get(id) ?? (tally.set(id, emptyTally()), tally.get(id)!);
  // A decision carries its rule's name (also from the ledger), and that name tells a request rule.
  const requestRules = new Set(agreement.rules.filter((r) => r.outcome === 'request').map((r) => r.name));
  const deviations: Deviation[] = [];
  const pending: CheckResult['pending'] = [];
  const unreadable: CheckResult['unreadable'] = [];

  for (const d of decisions) {
    if (d.outcome === 'error') {
      unreadable.push({ row: d.row, message: d.reason });
      continue;
    }
    const entry = log.entries.get(d.row)!;
    const offered = isOffered(entry);
    const byRequest = d.rule !== null && requestRules.has(d.rule);
    const inTally = d.pool !== null || d.outcome === 'municipality' || byRequest;
    if (inTally) {
      const id = byRequest ? REQUESTS : d.pool === null ? null : d.key === null ? d.pool : `${d.pool}\u0000${keyId(d.key)}`;
      if (d.key !== null) keys.set(id!, d.key);
      const t = count(id);
      t.counted++;
      if (d.outcome === 'municipality') t.entitled++;
      if (offered) t.delivered++;
      if (offered && entry.answer === 'declined') t.declined++;
    }
    if (entry.errors.length > 0) {
      unreadable.push({ row: d.row, message: da.sheet.rowErrors(entry.errors) });
      continue;
    }
    const label = d.pool === null ? null : (agreement.pools.get(d.pool)?.label ?? d.pool);
    const where = d.request !== null ? da.check.whereRequest(d.unitId, d.request) : da.check.where(d.position, label, d.unitId, d.key);
    if (d.outcome === 'municipality' && !offered) {
      if (entry.letTo === null) pending.push({ row: d.row, unitId: d.unitId, reason: da.check.notOfferedYet(where) });
      else deviations.push({ row: d.row, unitId: d.unitId, expected: 'municipality', actual: entry.letTo, reason: da.check.notOffered(where) });
    } else if (d.outcome !== 'municipality' && entry.letTo === 'municipality') {
      const reason = d.outcome === 'excluded' ? da.check.excludedToMunicipality(where) : da.check.extraToMunicipality(where);
      deviations.push({ row: d.row, unitId: d.unitId, expected: d.outcome, actual: 'municipality', reason });
    }
  }

  return {
    ok: true,
    result: {
      pools: [...agreement.pools.values()].flatMap((p) => poolChecks(p, tally, keys)),
      withoutPool: tally.get(null) ?? emptyTally(),
      byRequest: tally.get(REQUESTS) ?? emptyTally(),
      deviations,
      pending,
      unreadable,
      decisions,
    },
  };
}

type Tally = Omit<PoolCheck, 'pool' | 'label' | 'key'>;
const emptyTally = (): Tally => ({ counted: 0, entitled: 0, delivered: 0, declined: 0 });
/** The tally of vacancies the requests decide: a NUL begins no pool's name. */
const REQUESTS = '\u0000requests';

/** A pool's row, or in a pool counted per key one row per key of the log, in the order keys are read. */
function poolChecks(p: Pool, tally: Map<string | null, Tally>, keys: Map<string, PoolKey>): PoolCheck[] {
  if (p.per === null) return [{ pool: p.name, label: p.label, ...(tally.get(p.name) ?? emptyTally()) }];
  const mine = [...keys].filter(([id]) => id.startsWith(`${p.name}\u0000`)).sort((a, b) => compareKeys(a[1], b[1]));
  if (mine.length === 0) return [{ pool: p.name, label: p.label, ...emptyTally() }];
  return mine.map(([id, key]) => ({ pool: p.name, label: p.label, key, ...tally.get(id)! }));
}

function isOffered(entry: LogEntry): boolean {
  return entry.letTo === 'municipality' || entry.offeredOn !== null;
}
