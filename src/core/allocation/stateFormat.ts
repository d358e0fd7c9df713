import { isRecord } from '../util/isRecord';
import { nullRecord, ownEntries } from '../util/records';
import { AllocationState, KeyedCounter, LedgerEntry } from './state';
import { StateProblem } from './stateProblem';

const FORMAT = 'anvisning-tilstand';
/**
 * Version 3 adds the counters of pools counted per organisation or department (`keyedCounters`)
 * and, in the ledger, the request a vacancy filled. Version 2 wrote the ledger as rows under
 * named columns, one vacancy a line: about half of version 1's size (objects with their keys,
 * indented; 15 MB against 28 MB for 100,000 vacancies). Versions 1 and 2, written by earlier
 * releases and still in users' workbooks and files, are read as before.
 */
const VERSION = 3;
const LEDGER_COLUMNS_2 = ['unitId', 'vacantFrom', 'outcome', 'rule', 'pool', 'position', 'reason'] as const;
const LEDGER_COLUMNS = [...LEDGER_COLUMNS_2, 'request'] as const;

export function serialiseState(state: AllocationState, savedAt?: string): string {
  const head = {
    format: FORMAT,
    version: VERSION,
    agreement: state.agreement,
    ...(savedAt ? { savedAt } : {}),
    counters: state.counters,
    capUse: state.capUse,
    keyedCounters: state.keyedCounters ?? {},
    ledgerColumns: LEDGER_COLUMNS,
  };
  const opening = JSON.stringify(head, null, 2).slice(0, -2);
  const rows = state.ledger.map((e) => '    ' + JSON.stringify([e.unitId, e.vacantFrom, e.outcome, e.rule, e.pool, e.position, e.reason, e.request ?? null]));
  return `${opening},\n  "ledger": [${rows.length === 0 ? '' : `\n${rows.join(',\n')}\n  `}]\n}\n`;
}

/** On failure, `agreement` is the other agreement's id when the text names one: a caller may want to say so in its own words. */
export type StateParseResult = { ok: true; state: AllocationState } | { ok: false; error: StateProblem; agreement?: string };

/** Reads a saved state; anything corrupt or belonging to another agreement is refused whole. `agreementId` null accepts a state of any agreement (to describe what a reset loses). */
export function parseState(text: string, agreementId: string | null): StateParseResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: { code: 'notJson' } };
  }
  const named = isRecord(doc) && typeof doc.agreement === 'string' && agreementId !== null && doc.agreement !== agreementId ? doc.agreement : undefined;
  const fail = (error: StateProblem): StateParseResult => (named === undefined ? { ok: false, error } : { ok: false, error, agreement: named });
  if (!isRecord(doc) || doc.format !== FORMAT) return fail({ code: 'foreign' });
  if (doc.version !== 1 && doc.version !== 2 && doc.version !== 3) return fail({ code: 'version', version: doc.version });
  if (typeof doc.agreement !== 'string') return fail({ code: 'badField', field: 'agreement' });
  if (agreementId !== null && doc.agreement !== agreementId) return fail({ code: 'otherAgreement', stored: doc.agreement, wanted: agreementId });
  if (!isRecord(doc.counters) || !Object.values(doc.counters).every(isCount)) return fail({ code: 'badField', field: 'counters' });
  if (!isRecord(doc.capUse) || !Object.values(doc.capUse).every(isMonths)) return fail({ code: 'badField', field: 'capUse' });
  const keyed = doc.version === 3 ? readKeyed(doc.keyedCounters) : nullRecord<KeyedCounter[]>();
  if (keyed === null) return fail({ code: 'badField', field: 'keyedCounters' });
  const columns = doc.version === 3 ? LEDGER_COLUMNS : LEDGER_COLUMNS_2;
  if (doc.version !== 1 && !sameColumns(doc.ledgerColumns, columns)) return fail({ code: 'badField', field: 'ledgerColumns' });
  if (!Array.isArray(doc.ledger)) return fail({ code: 'badField', field: 'ledger' });
  const read = doc.version === 1 ? fromObject : (v: unknown) => fromRow(v, columns.length);
  const ledger: LedgerEntry[] = new Array(doc.ledger.length);
  for (let i = 0; i < doc.ledger.length; i++) {
    const entry = read(doc.ledger[i]);
    if (entry === null) return fail({ code: 'badEntry', entry: i + 1 });
    ledger[i] = entry;
  }
  return {
    ok: true,
    state: {
      agreement: doc.agreement,
      // JSON.parse makes ordinary objects; copied without a prototype, "constructor" is only a pool name.
      counters: nullRecord(ownEntries(doc.counters as Record<string, number>)),
      capUse: nullRecord(ownEntries(doc.capUse as Record<string, Record<string, number>>).map(([pool, months]) => [pool, nullRecord(ownEntries(months))] as const)),
      // Absent when empty, as the counters leave it: a state without such pools reads as it always did.
      ...(Object.keys(keyed).length > 0 ? { keyedCounters: keyed } : {}),
      ledger,
    },
  };
}

/** pool → its keys' counters; null when anything in it is not as written, or one key stands twice in a pool. */
function readKeyed(value: unknown): Record<string, KeyedCounter[]> | null {
  if (!isRecord(value)) return null;
  const out = nullRecord<KeyedCounter[]>();
  for (const [pool, slots] of ownEntries(value)) {
    if (!Array.isArray(slots)) return null;
    const seen = new Set<string>();
    const read: KeyedCounter[] = [];
    for (const s of slots) {
      if (!isRecord(s) || typeof s.organisation !== 'string' || !(s.department === undefined || typeof s.department === 'string') || !isCount(s.counter) || !isMonths(s.capUse)) return null;
      const id = `${s.organisation}\u0000${s.department ?? '\u0001'}`;
      if (seen.has(id)) return null;
      seen.add(id);
      read.push({
        organisation: s.organisation,
        ...(s.department === undefined ? {} : { department: s.department }),
        counter: s.counter as number,
        capUse: nullRecord(ownEntries(s.capUse as Record<string, number>)),
      });
    }
    out[pool] = read;
  }
  return out;
}

function fromRow(v: unknown, width: number): LedgerEntry | null {
  if (!Array.isArray(v) || v.length !== width) return null;
  const [unitId, vacantFrom, outcome, rule, pool, position, reason, request = null] = v as unknown[];
  return checked({ unitId, vacantFrom, outcome, rule, pool, position, reason }, request);
}

function fromObject(v: unknown): LedgerEntry | null {
  if (!isRecord(v)) return null;
  const { unitId, vacantFrom, outcome, rule, pool, position, reason } = v;
  return checked({ unitId, vacantFrom, outcome, rule, pool, position, reason }, null);
}

/** Compared column by column: a hostile file may nest anything there, and stringifying it could overflow the stack. */
function sameColumns(columns: unknown, expected: readonly string[]): boolean {
  return Array.isArray(columns) && columns.length === expected.length && expected.every((c, i) => columns[i] === c);
}

const OUTCOMES = new Set(['municipality', 'waitlist', 'excluded']);
const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';

function isCount(v: unknown): boolean {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function isMonths(m: unknown): boolean {
  return isRecord(m) && Object.values(m).every(isCount);
}

function checked(e: Record<Exclude<keyof LedgerEntry, 'request'>, unknown>, request: unknown): LedgerEntry | null {
  const ok =
    typeof e.unitId === 'string' &&
    isStringOrNull(e.vacantFrom) &&
    OUTCOMES.has(e.outcome as string) &&
    isStringOrNull(e.rule) &&
    isStringOrNull(e.pool) &&
    (e.position === null || isCount(e.position)) &&
    typeof e.reason === 'string' &&
    isStringOrNull(request);
  if (!ok) return null;
  // The request only where a vacancy filled one: an entry of a state without requests is what it was.
  if (request !== null) (e as Record<string, unknown>).request = request;
  return e as unknown as LedgerEntry;
}
