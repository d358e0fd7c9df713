import * as da from '../da';
import { Decision } from '../types';
import { isRecord } from '../util/isRecord';

/** What a vacancy was decided as, kept so that a re-run gives the same answer and moves no counter. */
export interface LedgerEntry {
  unitId: string;
  vacantFrom: string | null;
  outcome: 'municipality' | 'waitlist' | 'excluded';
  rule: string | null;
  pool: string | null;
  position: number | null;
  reason: string;
}

/** Counters, monthly cap use and the ledger: everything one run hands to the next. */
export interface AllocationState {
  agreement: string;
  counters: Record<string, number>;
  /** pool → "yyyy-mm" → vacancies given to the municipality that month */
  capUse: Record<string, Record<string, number>>;
  ledger: LedgerEntry[];
}

const FORMAT = 'anvisning-tilstand';
const VERSION = 1;

export function emptyState(agreementId: string): AllocationState {
  return { agreement: agreementId, counters: {}, capUse: {}, ledger: [] };
}

export function ledgerKey(unitId: string, vacantFrom: string | null): string {
  return `${unitId}\u0000${vacantFrom ?? ''}`;
}

export function serialiseState(state: AllocationState, savedAt?: string): string {
  const doc = { format: FORMAT, version: VERSION, agreement: state.agreement, ...(savedAt ? { savedAt } : {}), counters: state.counters, capUse: state.capUse, ledger: state.ledger };
  return JSON.stringify(doc, null, 2) + '\n';
}

export type StateParseResult = { ok: true; state: AllocationState } | { ok: false; error: string };

/** Reads a saved state; anything corrupt or belonging to another agreement is refused whole. */
export function parseState(text: string, agreementId: string): StateParseResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: da.state.notJson };
  }
  if (!isRecord(doc) || doc.format !== FORMAT) return { ok: false, error: da.state.foreign };
  if (doc.version !== VERSION) return { ok: false, error: da.state.version(doc.version) };
  if (typeof doc.agreement !== 'string') return { ok: false, error: da.state.badField('agreement') };
  if (doc.agreement !== agreementId) return { ok: false, error: da.state.otherAgreement(doc.agreement, agreementId) };
  if (!isRecord(doc.counters) || !Object.values(doc.counters).every(isCount)) return { ok: false, error: da.state.badField('counters') };
  if (!isRecord(doc.capUse) || !Object.values(doc.capUse).every((m) => isRecord(m) && Object.values(m).every(isCount))) {
    return { ok: false, error: da.state.badField('capUse') };
  }
  if (!Array.isArray(doc.ledger) || !doc.ledger.every(isLedgerEntry)) return { ok: false, error: da.state.badField('ledger') };
  return {
    ok: true,
    state: {
      agreement: doc.agreement,
      counters: doc.counters as Record<string, number>,
      capUse: doc.capUse as Record<string, Record<string, number>>,
      ledger: doc.ledger as LedgerEntry[],
    },
  };
}

export function toLedgerEntry(d: Decision, vacantFrom: string | null): LedgerEntry {
  if (d.outcome === 'error') throw new Error('error rows are never kept in the ledger');
  return { unitId: d.unitId, vacantFrom, outcome: d.outcome, rule: d.rule, pool: d.pool, position: d.position, reason: d.reason };
}

function isCount(v: unknown): boolean {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

const OUTCOMES = new Set(['municipality', 'waitlist', 'excluded']);
const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';

function isLedgerEntry(v: unknown): boolean {
  return (
    isRecord(v) &&
    typeof v.unitId === 'string' &&
    isStringOrNull(v.vacantFrom) &&
    OUTCOMES.has(v.outcome as string) &&
    isStringOrNull(v.rule) &&
    isStringOrNull(v.pool) &&
    (v.position === null || isCount(v.position)) &&
    typeof v.reason === 'string'
  );
}
