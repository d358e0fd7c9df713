import * as da from '../da';
import { isRecord } from '../util/isRecord';
import { nullRecord, ownEntries } from '../util/records';
import { AllocationState, LedgerEntry } from './state';

const FORMAT = 'anvisning-tilstand';
/**
 * Version 2 writes the ledger as rows under named columns, one vacancy a line: about half of
 * version 1's size (objects with their keys, indented; 15 MB against 28 MB for 100,000 vacancies).
 * Version 1, written by earlier releases and still in users' workbooks and files, is read as before.
 */
const VERSION = 2;
const LEDGER_COLUMNS = ['unitId', 'vacantFrom', 'outcome', 'rule', 'pool', 'position', 'reason'] as const;

export function serialiseState(state: AllocationState, savedAt?: string): string {
  const head = { format: FORMAT, version: VERSION, agreement: state.agreement, ...(savedAt ? { savedAt } : {}), counters: state.counters, capUse: state.capUse, ledgerColumns: LEDGER_COLUMNS };
  const opening = JSON.stringify(head, null, 2).slice(0, -2);
  const rows = state.ledger.map((e) => '    ' + JSON.stringify([e.unitId, e.vacantFrom, e.outcome, e.rule, e.pool, e.position, e.reason]));
  return `${opening},\n  "ledger": [${rows.length === 0 ? '' : `\n${rows.join(',\n')}\n  `}]\n}\n`;
}

/** On failure, `agreement` is the other agreement's id when the text names one: a caller may want to say so in its own words. */
export type StateParseResult = { ok: true; state: AllocationState } | { ok: false; error: string; agreement?: string };

/** Reads a saved state; anything corrupt or belonging to another agreement is refused whole. */
/** Reads a saved state; `agreementId` null accepts a state of any agreement (to describe what a reset loses). */
export function parseState(text: string, agreementId: string | null): StateParseResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: da.state.notJson };
  }
  const named = isRecord(doc) && typeof doc.agreement === 'string' && agreementId !== null && doc.agreement !== agreementId ? doc.agreement : undefined;
  const fail = (error: string): StateParseResult => (named === undefined ? { ok: false, error } : { ok: false, error, agreement: named });
  if (!isRecord(doc) || doc.format !== FORMAT) return fail(da.state.foreign);
  if (doc.version !== 1 && doc.version !== 2) return fail(da.state.version(doc.version));
  if (typeof doc.agreement !== 'string') return fail(da.state.badField('agreement'));
  if (agreementId !== null && doc.agreement !== agreementId) return fail(da.state.otherAgreement(doc.agreement, agreementId));
  if (!isRecord(doc.counters) || !Object.values(doc.counters).every(isCount)) return fail(da.state.badField('counters'));
  if (!isRecord(doc.capUse) || !Object.values(doc.capUse).every((m) => isRecord(m) && Object.values(m).every(isCount))) return fail(da.state.badField('capUse'));
  if (doc.version === 2 && !sameColumns(doc.ledgerColumns)) return fail(da.state.badField('ledgerColumns'));
  if (!Array.isArray(doc.ledger)) return fail(da.state.badField('ledger'));
  const read = doc.version === 2 ? fromRow : fromObject;
  const ledger: LedgerEntry[] = new Array(doc.ledger.length);
  for (let i = 0; i < doc.ledger.length; i++) {
    const entry = read(doc.ledger[i]);
    if (entry === null) return fail(da.state.badEntry(i + 1));
    ledger[i] = entry;
  }
  return {
    ok: true,
    state: {
      agreement: doc.agreement,
      // JSON.parse makes ordinary objects; copied without a prototype, "constructor" is only a pool name.
      counters: nullRecord(ownEntries(doc.counters as Record<string, number>)),
      capUse: nullRecord(ownEntries(doc.capUse as Record<string, Record<string, number>>).map(([pool, months]) => [pool, nullRecord(ownEntries(months))] as const)),
      ledger,
    },
  };
}

function fromRow(v: unknown): LedgerEntry | null {
  if (!Array.isArray(v) || v.length !== LEDGER_COLUMNS.length) return null;
  const [unitId, vacantFrom, outcome, rule, pool, position, reason] = v as unknown[];
  return checked({ unitId, vacantFrom, outcome, rule, pool, position, reason });
}

function fromObject(v: unknown): LedgerEntry | null {
  if (!isRecord(v)) return null;
  const { unitId, vacantFrom, outcome, rule, pool, position, reason } = v;
  return checked({ unitId, vacantFrom, outcome, rule, pool, position, reason });
}

/** Compared column by column: a hostile file may nest anything there, and stringifying it could overflow the stack. */
function sameColumns(columns: unknown): boolean {
  return Array.isArray(columns) && columns.length === LEDGER_COLUMNS.length && LEDGER_COLUMNS.every((c, i) => columns[i] === c);
}

const OUTCOMES = new Set(['municipality', 'waitlist', 'excluded']);
const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';

function isCount(v: unknown): boolean {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function checked(e: Record<keyof LedgerEntry, unknown>): LedgerEntry | null {
  const ok =
    typeof e.unitId === 'string' &&
    isStringOrNull(e.vacantFrom) &&
    OUTCOMES.has(e.outcome as string) &&
    isStringOrNull(e.rule) &&
    isStringOrNull(e.pool) &&
    (e.position === null || isCount(e.position)) &&
    typeof e.reason === 'string';
  return ok ? (e as unknown as LedgerEntry) : null;
}
