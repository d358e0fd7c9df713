/**
 * An independent reference implementation of DOMAIN.md's "More agreement shapes" (counting per
 * organisation or department, the department register, the municipality's requests), written
 * from that section alone, for test/shapesDifferential.test.ts. It uses nothing of the product:
 * the vacancy sheet is read by the oracle's own reader (./oracle.ts), the register and requests
 * tables by the readers below, and the agreements are hand-coded as plain predicates.
 *
 * READINGS TAKEN where DOMAIN.md leaves a choice (S1–S8):
 *  S1. The register's header row is found as a vacancy sheet's is, by its Afdeling column (Afd. too);
 *      its Boligorganisation, Områdestatus, Gruppe and Navn columns by their names. Text cells are
 *      trimmed; a number cell is its digits. A completely empty row is skipped.
 *  S2. A register row with an empty Afdeling is a register error; so is one with an empty
 *      Boligorganisation when the register has that column (it could match no vacancy).
 *  S3. A vacancy without a department matches no register row; one without an organisation
 *      matches none when the register has Boligorganisation. The summary lists each (organisation,
 *      department) of the sheet's valid rows that matched no row, with how many rows.
 *  S4. The requests table: header found by Forespørgsel; Oprettet must be a column. An empty id,
 *      an empty or bad Oprettet, a bad Udløber, a bad Boligtype label, a number that is none, a
 *      list in Afdelinger that is none, or a repeated id is a requests error: nothing is decided.
 *  S5. Afdelinger is split at ";" and at ", " (the value grammar's list); each item is text.
 *  S6. Decisions are made in order of Ledig fra (ties in sheet order), and a request is open for
 *      a vacancy on the day it is vacant: Oprettet ≤ Ledig fra ≤ Udløber.
 *  S7. The summary's date is the latest Ledig fra among the sheet's valid rows; a request unfilled
 *      whose Udløber is before that date is expired, any other unfilled one open. Days waited:
 *      filled, Oprettet → the filling vacancy's Ledig fra; open, Oprettet → the date (never
 *      negative; null without a date); expired, Oprettet → Udløber.
 *  S8. A pool counted per department keys on (organisation, department); an empty cell is the
 *      empty text, a key of its own.
 */
import { AREA, Cell, isEmpty, normaliseHeaderText, oracleRead, OracleVacancy, parseDateText, parseNumberText, serialToIso } from './oracle';

export type Per = 'organisation' | 'department';
type Kind = { every: number; phase: number } | { a: number; b: number };

export interface ShapePool {
  kind: Kind;
  per?: Per;
  start?: number;
  capPerMonth?: number;
}

export interface ShapeVacancy extends OracleVacancy {
  departmentGroup: string;
}

type ShapeEvent = { type: 'exclude' } | { type: 'waitlist' } | { type: 'allocate' } | { type: 'quota'; pool: string } | { type: 'request' };

interface ShapeRule {
  priority: number;
  when: (v: ShapeVacancy) => boolean;
  event: ShapeEvent;
}

export interface ShapeAgreement {
  pools: Record<string, ShapePool>;
  rules: ShapeRule[];
}

// ------------------------------------------------------------------ the agreements, from their descriptions

const intern: ShapeRule = { priority: 1000, when: (v) => v.lettingType === 'intern', event: { type: 'exclude' } };
const family = (v: ShapeVacancy) => v.housingType === 'familie';

export const SHAPE_AGREEMENTS: Record<string, ShapeAgreement> = {
  // Every fourth family unit, each organisation counted apart.
  'standard-25-pr-organisation': {
    pools: { familieboliger: { kind: { every: 4, phase: 4 }, per: 'organisation' } },
    rules: [intern, { priority: 10, when: family, event: { type: 'quota', pool: 'familieboliger' } }],
  },
  // Group A every 3rd, B every 4th, C 10 %, each department apart; none in omdannelse/parallelsamfund.
  'rammeaftale-grupper': {
    pools: {
      'gruppe-a': { kind: { every: 3, phase: 3 }, per: 'department' },
      'gruppe-b': { kind: { every: 4, phase: 4 }, per: 'department' },
      'gruppe-c': { kind: { a: 1, b: 10 }, per: 'department' },
    },
    rules: [
      intern,
      { priority: 50, when: (v) => v.areaStatus === 'omdannelse' || v.areaStatus === 'parallelsamfund', event: { type: 'waitlist' } },
      { priority: 10, when: (v) => v.departmentGroup === 'A', event: { type: 'quota', pool: 'gruppe-a' } },
      { priority: 10, when: (v) => v.departmentGroup === 'B', event: { type: 'quota', pool: 'gruppe-b' } },
      { priority: 10, when: (v) => v.departmentGroup === 'C', event: { type: 'quota', pool: 'gruppe-c' } },
    ],
  },
  // Everything not internal goes against the requests.
  'esbjerg-forespoergsel': { pools: {}, rules: [intern, { priority: 10, when: () => true, event: { type: 'request' } }] },
  // MIXED_SHAPES (in the differential test): all three at once, with a start, a phase and a cap per key.
  blandet: {
    pools: {
      'a-pr-afdeling': { kind: { every: 1, phase: 1 }, per: 'department', start: 1, capPerMonth: 1 },
      'alle-pr-organisation': { kind: { every: 3, phase: 1 }, per: 'organisation' },
    },
    rules: [
      intern,
      { priority: 20, when: (v) => v.housingType === 'ungdom', event: { type: 'request' } },
      { priority: 10, when: (v) => family(v) && v.departmentGroup === 'A', event: { type: 'quota', pool: 'a-pr-afdeling' } },
      { priority: 5, when: family, event: { type: 'quota', pool: 'alle-pr-organisation' } },
    ],
  },
};

// ------------------------------------------------------------------ reading the side tables

function text(c: Cell): string {
  if (isEmpty(c)) return '';
  if (typeof c === 'number') return String(c);
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
}

/** The first of the first ten non-empty rows that has a header named one of `keys`. */
function header(table: readonly (readonly Cell[])[], keys: readonly string[]): number {
  let nonEmpty = 0;
  for (let i = 0; i < table.length && nonEmpty < 10; i++) {
    const row = table[i] ?? [];
    if (row.every(isEmpty)) continue;
    nonEmpty++;
    if (row.some((c) => keys.includes(normaliseHeaderText(text(c))))) return i;
  }
  return -1;
}

function columnsOf(row: readonly Cell[], names: Record<string, readonly string[]>): Record<string, number> {
  const out: Record<string, number> = {};
  row.forEach((c, j) => {
    const n = normaliseHeaderText(text(c));
    for (const [key, variants] of Object.entries(names)) if (out[key] === undefined && variants.map(normaliseHeaderText).includes(n)) out[key] = j;
  });
  return out;
}

export interface OracleRegister {
  byOrganisation: boolean;
  entries: Map<string, { group: string; areaStatus: ShapeVacancy['areaStatus'] }>;
}

const registerKey = (byOrganisation: boolean, organisation: string, department: string) => (byOrganisation ? `${organisation}|${department}` : department);

export function readOracleRegister(table: readonly (readonly Cell[])[]): { ok: true; register: OracleRegister } | { ok: false; errors: number } {
  const h = header(table, ['afdeling', 'afd']);
  if (h < 0) return { ok: false, errors: 1 };
  const col = columnsOf(table[h], { department: ['Afdeling', 'Afd.'], organisation: ['Boligorganisation'], areaStatus: ['Områdestatus'], group: ['Gruppe'] });
  const byOrganisation = col.organisation !== undefined;
  const entries: OracleRegister['entries'] = new Map();
  let errors = 0;
  for (let i = h + 1; i < table.length; i++) {
    const row = table[i] ?? [];
    if (row.every(isEmpty)) continue;
    const cell = (k: string) => (col[k] === undefined ? '' : text(row[col[k]]));
    const department = cell('department');
    const organisation = cell('organisation');
    const status = cell('areaStatus').toLowerCase();
    if (status !== '' && AREA[status] === undefined) errors++;
    if (department === '' || (byOrganisation && organisation === '')) {
      errors++;
      continue;
    }
    const key = registerKey(byOrganisation, organisation, department);
    if (entries.has(key)) {
      errors++;
      continue;
    }
    entries.set(key, { group: cell('group'), areaStatus: status === '' ? '' : (AREA[status] ?? '') });
  }
  return errors > 0 ? { ok: false, errors } : { ok: true, register: { byOrganisation, entries } };
}

export interface OracleRequest {
  id: string;
  created: string;
  expires: string | null;
  housingType: ShapeVacancy['housingType'];
  minRooms: number | null;
  maxRooms: number | null;
  maxRent: number | null;
  departments: string[] | null;
  organisation: string | null;
}

const HOUSING: Record<string, 'familie' | 'ungdom' | 'aeldre'> = {
  familiebolig: 'familie',
  familie: 'familie',
  ungdomsbolig: 'ungdom',
  ungdom: 'ungdom',
  ældrebolig: 'aeldre',
  ældre: 'aeldre',
  aeldre: 'aeldre',
};

function date(c: Cell): string | null | undefined {
  if (isEmpty(c)) return null;
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? undefined : c.toISOString().slice(0, 10);
  if (typeof c === 'number') return serialToIso(c) ?? undefined;
  return parseDateText(String(c).trim(), { shortDayMonth: true }) ?? undefined;
}

function amount(c: Cell): number | null | undefined {
  if (isEmpty(c)) return null;
  const n = typeof c === 'number' ? c : typeof c === 'string' ? parseNumberText(c.trim()) : null;
  return n === null || n < 0 ? undefined : n;
}

export function readOracleRequests(table: readonly (readonly Cell[])[]): { ok: true; requests: OracleRequest[] } | { ok: false; errors: number } {
  const h = header(table, ['forespørgsel']);
  if (h < 0) return { ok: false, errors: 1 };
  const col = columnsOf(table[h], {
    id: ['Forespørgsel'],
    created: ['Oprettet'],
    expires: ['Udløber'],
    housingType: ['Boligtype'],
    minRooms: ['Mindst rum'],
    maxRooms: ['Højst rum'],
    maxRent: ['Højst husleje inkl. forbrug'],
    departments: ['Afdelinger'],
    organisation: ['Boligorganisation'],
  });
  if (col.created === undefined) return { ok: false, errors: 1 };
  const seen = new Set<string>();
  const requests: OracleRequest[] = [];
  let errors = 0;
  for (let i = h + 1; i < table.length; i++) {
    const row = table[i] ?? [];
    if (row.every(isEmpty)) continue;
    const raw = (k: string): Cell => (col[k] === undefined ? null : row[col[k]]);
    const id = text(raw('id'));
    if (id === '' || seen.has(id)) errors++;
    seen.add(id);
    const created = date(raw('created'));
    const expires = date(raw('expires'));
    if (created === null || created === undefined || expires === undefined) errors++;
    const ht = text(raw('housingType')).toLowerCase();
    if (ht !== '' && HOUSING[ht] === undefined) errors++;
    const [minRooms, maxRooms, maxRent] = [amount(raw('minRooms')), amount(raw('maxRooms')), amount(raw('maxRent'))];
    if (minRooms === undefined || maxRooms === undefined || maxRent === undefined) errors++;
    const list = text(raw('departments'));
    const departments = list === '' ? null : list.split(/\s*;\s*|,\s+/).filter((s) => s !== '');
    const org = text(raw('organisation'));
    requests.push({
      id,
      created: created ?? '',
      expires: expires ?? null,
      housingType: ht === '' ? null : (HOUSING[ht] ?? null),
      minRooms: minRooms ?? null,
      maxRooms: maxRooms ?? null,
      maxRent: maxRent ?? null,
      departments,
      organisation: org === '' ? null : org,
    });
  }
  return errors > 0 ? { ok: false, errors } : { ok: true, requests };
}

// ------------------------------------------------------------------ deciding

export interface ShapeLedgerEntry {
  outcome: 'municipality' | 'waitlist' | 'excluded';
  pool: string | null;
  position: number | null;
  request: string | null;
  vacantFrom: string | null;
  unitId: string;
}

export interface ShapeState {
  /** `${pool}|${key}` → counter */
  counters: Record<string, number>;
  /** `${pool}|${key}|${yyyy-mm}` → vacancies given to the municipality */
  capUse: Record<string, number>;
  ledger: Record<string, ShapeLedgerEntry>;
}

export interface ShapeDecision {
  row: number;
  outcome: 'municipality' | 'waitlist' | 'excluded' | 'error';
  pool: string | null;
  position: number | null;
  request: string | null;
}

export interface ShapeSummary {
  date: string | null;
  filled: [string, string, number][];
  open: [string, number | null][];
  expired: [string, number][];
  missing: [string | null, string | null, number][];
}

export interface ShapeResult {
  decisions: ShapeDecision[];
  state: ShapeState;
  summary: ShapeSummary;
}

const DAY = 86_400_000;
const days = (from: string, to: string) =>
  Math.round((Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10)) - Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10))) / DAY);

function keyOf(per: Per | undefined, v: ShapeVacancy): string {
  if (per === undefined) return '';
  return per === 'organisation' ? (v.organisation ?? '') : `${v.organisation ?? ''}|${v.department ?? ''}`;
}

function municipal(kind: Kind, p: number): boolean {
  if ('every' in kind) return p % kind.every === kind.phase % kind.every;
  return Math.floor((p * kind.a) / kind.b) > Math.floor(((p - 1) * kind.a) / kind.b);
}

function matches(r: OracleRequest, v: ShapeVacancy): boolean {
  if (r.housingType !== null && v.housingType !== r.housingType) return false;
  if (r.minRooms !== null && !(v.rooms !== null && v.rooms >= r.minRooms)) return false;
  if (r.maxRooms !== null && !(v.rooms !== null && v.rooms <= r.maxRooms)) return false;
  if (r.maxRent !== null && !(v.rentInclConsumption !== null && v.rentInclConsumption <= r.maxRent)) return false;
  if (r.departments !== null && !(v.department !== null && r.departments.includes(v.department))) return false;
  if (r.organisation !== null && v.organisation !== r.organisation) return false;
  return true;
}

export function emptyShapeState(): ShapeState {
  return { counters: {}, capUse: {}, ledger: {} };
}

/** Decides a vacancy table under one of SHAPE_AGREEMENTS, with a register and requests when given. */
export function oracleShapes(
  table: readonly (readonly Cell[])[],
  agreementId: string,
  state: ShapeState | null,
  register: OracleRegister | null,
  requests: OracleRequest[] | null,
): ShapeResult | { sheetError: true } {
  const ag = SHAPE_AGREEMENTS[agreementId];
  const sheet = oracleRead(table, { consumptionMissingAsZero: true, shortDayMonth: true });
  if (!sheet.ok) return { sheetError: true };
  const st: ShapeState = state ? { counters: { ...state.counters }, capUse: { ...state.capUse }, ledger: { ...state.ledger } } : emptyShapeState();
  const filled = new Map<string, { unitId: string; vacantFrom: string }>();
  for (const e of Object.values(st.ledger)) if (e.request !== null && e.vacantFrom !== null) filled.set(e.request, { unitId: e.unitId, vacantFrom: e.vacantFrom });

  const missing = new Map<string, [string | null, string | null, number]>();
  const vacancies = new Map<number, ShapeVacancy>();
  for (const r of sheet.rows) {
    if (r.vacancy === null) continue;
    const v: ShapeVacancy = { ...r.vacancy, departmentGroup: '' };
    if (register !== null) {
      const entry =
        v.department === null || (register.byOrganisation && v.organisation === null) ? undefined : register.entries.get(registerKey(register.byOrganisation, v.organisation ?? '', v.department));
      if (entry === undefined) {
        const k = `${v.organisation}|${v.department}`;
        const m = missing.get(k) ?? [v.organisation, v.department, 0];
        m[2]++;
        missing.set(k, m);
      } else {
        v.departmentGroup = entry.group;
        if (v.areaStatus === '') v.areaStatus = entry.areaStatus;
      }
    }
    vacancies.set(r.row, v);
  }
  const order = sheet.rows
    .filter((r) => r.vacancy !== null)
    .map((r, k) => ({ r, k }))
    .sort((x, y) => {
      const a = x.r.vacancy!.vacantFrom ?? '\uffff';
      const b = y.r.vacancy!.vacantFrom ?? '\uffff';
      return a < b ? -1 : a > b ? 1 : x.k - y.k;
    });

  const decided = new Map<number, ShapeDecision>();
  for (const { r } of order) {
    const v = vacancies.get(r.row)!;
    const lk = `${v.unitId}\u0000${v.vacantFrom ?? ''}`;
    const earlier = st.ledger[lk];
    if (earlier) {
      decided.set(r.row, { row: r.row, outcome: earlier.outcome, pool: earlier.pool, position: earlier.position, request: earlier.request });
      continue;
    }
    let rule: ShapeRule | null = null;
    for (const x of ag.rules) if (x.when(v) && (rule === null || x.priority > rule.priority)) rule = x;
    let d: ShapeDecision;
    if (rule === null) d = { row: r.row, outcome: 'waitlist', pool: null, position: null, request: null };
    else if (rule.event.type === 'exclude') d = { row: r.row, outcome: 'excluded', pool: null, position: null, request: null };
    else if (rule.event.type === 'waitlist') d = { row: r.row, outcome: 'waitlist', pool: null, position: null, request: null };
    else if (rule.event.type === 'allocate') d = { row: r.row, outcome: 'municipality', pool: null, position: null, request: null };
    else if (rule.event.type === 'request') {
      let best: { r: OracleRequest; k: number } | null = null;
      (requests ?? []).forEach((q, k) => {
        if (v.vacantFrom === null || filled.has(q.id)) return;
        if (!(q.created <= v.vacantFrom && (q.expires === null || v.vacantFrom <= q.expires))) return;
        if (!matches(q, v)) return;
        if (best === null || q.created < best.r.created) best = { r: q, k };
      });
      const got = best as { r: OracleRequest; k: number } | null;
      if (got !== null) filled.set(got.r.id, { unitId: v.unitId, vacantFrom: v.vacantFrom! });
      d = { row: r.row, outcome: got === null ? 'waitlist' : 'municipality', pool: null, position: null, request: got?.r.id ?? null };
    } else {
      const pool = ag.pools[rule.event.pool];
      const ck = `${rule.event.pool}|${keyOf(pool.per, v)}`;
      const position = (st.counters[ck] ?? pool.start ?? 0) + 1;
      st.counters[ck] = position;
      let outcome: 'municipality' | 'waitlist' = municipal(pool.kind, position) ? 'municipality' : 'waitlist';
      if (outcome === 'municipality' && pool.capPerMonth !== undefined && v.vacantFrom !== null) {
        const mk = `${ck}|${v.vacantFrom.slice(0, 7)}`;
        if ((st.capUse[mk] ?? 0) >= pool.capPerMonth) outcome = 'waitlist';
        else st.capUse[mk] = (st.capUse[mk] ?? 0) + 1;
      }
      d = { row: r.row, outcome, pool: rule.event.pool, position, request: null };
    }
    st.ledger[lk] = { outcome: d.outcome as ShapeLedgerEntry['outcome'], pool: d.pool, position: d.position, request: d.request, vacantFrom: v.vacantFrom, unitId: v.unitId };
    decided.set(r.row, d);
  }

  const dates = [...vacancies.values()]
    .map((v) => v.vacantFrom)
    .filter((x): x is string => x !== null)
    .sort();
  const date = dates.length === 0 ? null : dates[dates.length - 1];
  const summary: ShapeSummary = { date, filled: [], open: [], expired: [], missing: [...missing.values()] };
  for (const q of requests ?? []) {
    const f = filled.get(q.id);
    if (f) summary.filled.push([q.id, f.unitId, days(q.created, f.vacantFrom)]);
    else if (q.expires !== null && date !== null && q.expires < date) summary.expired.push([q.id, days(q.created, q.expires)]);
    else summary.open.push([q.id, date === null ? null : Math.max(0, days(q.created, date))]);
  }
  const decisions = sheet.rows.map((r) => decided.get(r.row) ?? { row: r.row, outcome: 'error' as const, pool: null, position: null, request: null });
  return { decisions, state: st, summary };
}
