import { Decision } from '../types';
import { nullRecord } from '../util/records';

/** What a vacancy was decided as, kept so that a re-run gives the same answer and moves no counter (nor fills a request again). */
export interface LedgerEntry {
  unitId: string;
  vacantFrom: string | null;
  outcome: 'municipality' | 'waitlist' | 'excluded';
  rule: string | null;
  pool: string | null;
  position: number | null;
  reason: string;
  /** The municipality's request this vacancy filled; absent when none (and in states before version 3). */
  request?: string;
}

/** One key's counter and monthly cap use in a pool counted per organisation or department. */
export interface KeyedCounter {
  organisation: string;
  /** Only in a pool counted per department. */
  department?: string;
  counter: number;
  /** "yyyy-mm" → vacancies of this key given to the municipality that month */
  capUse: Record<string, number>;
}

/**
 * Counters, monthly cap use and the ledger: everything one run hands to the next. The records are
 * keyed by pool names the user chose; the core makes them without a prototype (util/records.ts)
 * and reads only their own entries, so a pool called "constructor" counts like any other.
 */
export interface AllocationState {
  agreement: string;
  counters: Record<string, number>;
  /** pool → "yyyy-mm" → vacancies given to the municipality that month */
  capUse: Record<string, Record<string, number>>;
  /** pool → its keys' counters, for pools counted per organisation or department; absent when there are none. */
  keyedCounters?: Record<string, KeyedCounter[]>;
  ledger: LedgerEntry[];
}

export function emptyState(agreementId: string): AllocationState {
  return { agreement: agreementId, counters: nullRecord(), capUse: nullRecord(), ledger: [] };
}

export function ledgerKey(unitId: string, vacantFrom: string | null): string {
  return `${unitId}\u0000${vacantFrom ?? ''}`;
}

export function toLedgerEntry(d: Decision, vacantFrom: string | null): LedgerEntry {
  if (d.outcome === 'error') throw new Error('error rows are never kept in the ledger');
  const entry: LedgerEntry = { unitId: d.unitId, vacantFrom, outcome: d.outcome, rule: d.rule, pool: d.pool, position: d.position, reason: d.reason };
  if (d.request !== null) entry.request = d.request;
  return entry;
}
