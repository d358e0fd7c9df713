import { Agreement } from '../agreement/types';
import { allocate } from '../allocation/allocate';
import { AllocationState } from '../allocation/state';
import * as da from '../da';
import { withoutResultColumns } from '../results/stripResults';
import { readSheet } from '../sheet/readSheet';
import { CellTable, Decision } from '../types';
import { LetTo, LogEntry, readLogColumns } from './logColumns';

export interface PoolCheck {
  pool: string;
  label: string;
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
  withoutPool: Omit<PoolCheck, 'pool' | 'label'>;
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
): Promise<{ ok: true; result: CheckResult } | { ok: false; error: string }> {
  const clean = withoutResultColumns(table);
  const sheet = readSheet(clean, position);
  if (!sheet.ok) return { ok: false, error: sheet.error };
  const log = readLogColumns(clean, position);
  if (!log.ok) return { ok: false, error: log.error };
  const { decisions } = await allocate(sheet.rows, agreement, state);

  const tally = new Map<string | null, Omit<PoolCheck, 'pool' | 'label'>>();
  const count = (key: string | null) => tally.get(key) ?? (tally.set(key, { counted: 0, entitled: 0, delivered: 0, declined: 0 }), tally.get(key)!);
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
    const inTally = d.pool !== null || d.outcome === 'municipality';
    if (inTally) {
      const t = count(d.pool);
      t.counted++;
      if (d.outcome === 'municipality') t.entitled++;
      if (offered) t.delivered++;
      if (offered && entry.answer === 'declined') t.declined++;
    }
    if (entry.errors.length > 0) {
      unreadable.push({ row: d.row, message: entry.errors.join(' ') });
      continue;
    }
    const label = d.pool === null ? null : (agreement.pools.get(d.pool)?.label ?? d.pool);
    const where = da.check.where(d.position, label, d.unitId);
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
      pools: [...agreement.pools.values()].map((p) => ({ pool: p.name, label: p.label, ...(tally.get(p.name) ?? { counted: 0, entitled: 0, delivered: 0, declined: 0 }) })),
      withoutPool: tally.get(null) ?? { counted: 0, entitled: 0, delivered: 0, declined: 0 },
      deviations,
      pending,
      unreadable,
      decisions,
    },
  };
}

function isOffered(entry: LogEntry): boolean {
  return entry.letTo === 'municipality' || entry.offeredOn !== null;
}
