/**
 * An independent reference implementation of /work/shared/DOMAIN.md ("Reading a vacancy sheet",
 * "Deciding" and "The bundled agreements"), written from that file alone, for differential tests.
 * It does not use the product's code or json-rules-engine: the six bundled agreements are
 * hand-coded below as plain predicates, exactly as DOMAIN.md's table describes them.
 *
 * AMBIGUITY CHOICES (where DOMAIN.md does not settle the question, this is the reading taken):
 *  A1. "Empty" cell = null, undefined, or a string that is empty after trimming. Text cells are
 *      trimmed. A row is "completely empty" when every cell in it (including cells in unknown
 *      columns and beyond the header's width) is empty. A row whose only content is in an unknown
 *      column is NOT completely empty: it is a row error (empty Lejemål).
 * DECIDED with the lead after the first comparison (the product's reading is kept, the oracle
 * follows it): A2's ae/oe/aa folding and "Areal m2"; A4's one-digit day and month and a trailing
 * time of day; A5's empty consumption as 0 (no a conto); A10's "Aeldrebolig" and collapsed inner
 * spaces. The product was changed to the oracle's reading for "4.000,-", digit-only text in Ledig
 * fra, and the cap for undated vacancies (A3, A4, A7).
 *
 *  A2. Header row = among the first ten non-empty rows, the first that has a Lejemål column (a
 *      title row above the header is skipped); when none of them has one, the first non-empty row,
 *      and the sheet is in error. When two columns map to the same field, the first one wins. Header cells are normalised
 *      by lower-casing and removing whitespace, "." and "²"; no other folding (no aa/ae/oe for
 *      å/æ/ø, no extra spellings such as "Areal m2"). "m²" is taken as the area column: DOMAIN.md
 *      mentions ignoring "²" only because of it, even though "m²" minus "²" is not "m2".
 *  A3. Numbers in text: whitespace anywhere is removed (thousands spaces), then one leading or
 *      trailing "kr", "kr." or "DKK" (any case) is removed. Then: digits only -> integer;
 *      d{1,3}(.ddd)+ -> Danish thousands ("4.000" = 4000, never 4.0); digits.digits -> plain
 *      decimal ("4000.5"); Danish with decimal comma, optional dot-thousands ("4.000,50", "65,5").
 *      Anything else (incl. "4.000,-", "4,000.5", text) is a row error. Rooms are not checked for
 *      being whole numbers.
 *  A4. Dates in text need two-digit day and month and a four-digit year, in exactly the four listed
 *      forms. Text that is only an Excel serial ("45292") is a row error: serials count only as
 *      numeric cells. Numeric cells in Ledig fra are serials in the 1900 system (day 0 = 1899-12-30,
 *      valid for serials > 60), fractional part (time of day) dropped. Date objects are read by
 *      their UTC calendar date.
 *  A5. rentInclConsumption = the "Husleje inkl. forbrug" cell when non-empty; otherwise
 *      rent + consumption only when both are known; otherwise null (unknown). A null fact never
 *      satisfies a comparison, so a family unit with unknown rent incl. consumption falls to
 *      the default outcome under randers-bolig. Empty Huslejenedsættelse = 0.
 *  A6. Duplicate key = (Lejemål, Ledig fra) compared as the trimmed text and the ISO date. Any
 *      earlier non-empty row whose Lejemål is non-empty and whose Ledig fra is valid registers
 *      its key -- even when that earlier row is an error for another reason -- so the later row
 *      is a duplicate error ("the same Lejemål + Ledig fra as an earlier row", read literally).
 *      Without a Ledig fra column the key is the Lejemål alone.
 *  A7. capPerMonth counts by the calendar month of vacantFrom. A vacancy with no vacantFrom (sheet
 *      without a Ledig fra column) is in no calendar month, so the cap never stops it.
 *  A8. The ledger holds every non-error decision (municipality, waitlist, excluded), keyed by
 *      (unitId, vacantFrom). A ledger hit returns the earlier outcome, pool and position. Error
 *      rows never enter the ledger, so a fixed error row is decided fresh in a later run.
 *  A9. When a quota hit is stopped by the cap, the decision still carries its pool and position;
 *      a quota non-hit (waitlist) also carries pool and position.
 *  A10. Labels: trimmed and lower-cased, then compared exactly with DOMAIN.md's spellings; inner
 *      spaces are not collapsed ("Ekstern  venteliste" is an error) and "Aeldrebolig" is an error
 *      (only "aeldre" is listed as an ASCII spelling).
 *
 *  A11. (From the README's "The vacancy sheet", issue 13.) No number column may be negative, and
 *      a number of 10^15 or more (or infinite, e.g. a rent of 400 nines) is an error. Forbrug and
 *      Huslejenedsættelse may be 0; Rum, Areal, Husleje and Husleje inkl. forbrug may not.
 *
 * OracleOptions below switches A3, A4, A5 and A7 to the other reading, for exploring what lies
 * behind a known disagreement (ORACLE_ALT in test/differential.test.ts); the defaults are the
 * readings above.
 */

export type Cell = string | number | boolean | Date | null | undefined;
export type Outcome = 'municipality' | 'waitlist' | 'excluded' | 'error';

export interface OracleDecision {
  row: number;
  unitId: string;
  outcome: Outcome;
  pool: string | null;
  position: number | null;
  /** Not compared; for diagnosis: the vacancy's date and, on an error row, the oracle's messages. */
  vacantFrom: string | null;
  errors: string[];
}

export interface OracleLedgerEntry {
  outcome: 'municipality' | 'waitlist' | 'excluded';
  pool: string | null;
  position: number | null;
}

export interface OracleState {
  counters: Record<string, number>;
  /** pool -> 'yyyy-mm' -> vacancies given to the municipality that month */
  capUse: Record<string, Record<string, number>>;
  /** key `${unitId}\u0000${vacantFrom ?? ''}` */
  ledger: Record<string, OracleLedgerEntry>;
}

/**
 * Switches for the ambiguity choices, to explore what lies behind a known disagreement.
 * The defaults are the readings listed at the top of this file; the differential test uses the
 * defaults unless ORACLE_ALT names a switch (for local exploration only).
 */
export interface OracleOptions {
  /** A5 alternative: an unknown consumption counts as 0 when rent is known. */
  consumptionMissingAsZero?: boolean;
  /** A7 alternative: vacancies without vacantFrom share one "no date" cap bucket. */
  undatedCapBucket?: boolean;
  /** A4 alternative: a text cell of digits only in Ledig fra is an Excel serial. */
  textSerials?: boolean;
  /** A4 alternative: day and month may have one digit ("1.3.2024"). */
  shortDayMonth?: boolean;
  /** A3 alternative: the Danish ",-" ending ("4.000,-") means whole kroner. */
  dashDecimals?: boolean;
}

export interface OracleResult {
  /** Non-null when the sheet as a whole is refused (no header row / no Lejemål column). */
  sheetError: string | null;
  decisions: OracleDecision[];
  state: OracleState;
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

export type Field =
  | 'unitId'
  | 'organisation'
  | 'department'
  | 'address'
  | 'housingType'
  | 'rooms'
  | 'area'
  | 'rent'
  | 'consumption'
  | 'rentInclConsumption'
  | 'vacantFrom'
  | 'areaStatus'
  | 'lettingType'
  | 'rentReduction';

export function normaliseHeaderText(s: string): string {
  // Decided with the lead: ASCII spellings of æ/ø/å (ae/oe/aa) count as "common variants".
  return s
    .toLowerCase()
    .replace(/[\s.\u00b2]/g, '')
    .replace(/ae/g, 'æ')
    .replace(/oe/g, 'ø')
    .replace(/aa/g, 'å');
}

const HEADER_NAMES: Record<Field, string[]> = {
  unitId: ['Lejemål', 'Lejemålsnr.'],
  organisation: ['Boligorganisation'],
  department: ['Afdeling', 'Afd.'],
  address: ['Adresse'],
  housingType: ['Boligtype'],
  rooms: ['Rum', 'Værelser', 'Antal rum'],
  area: ['Areal', 'm2', 'm²', 'Areal m2', 'Areal m²'],
  rent: ['Husleje'],
  consumption: ['Forbrug', 'A conto'],
  rentInclConsumption: ['Husleje inkl. forbrug'],
  vacantFrom: ['Ledig fra'],
  areaStatus: ['Områdestatus'],
  lettingType: ['Udlejning'],
  rentReduction: ['Huslejenedsættelse'],
};

const HEADER_LOOKUP: Map<string, Field> = (() => {
  const m = new Map<string, Field>();
  for (const f of Object.keys(HEADER_NAMES) as Field[]) {
    for (const name of HEADER_NAMES[f]) m.set(normaliseHeaderText(name), f);
  }
  return m;
})();

export function fieldOfHeader(cell: Cell): Field | undefined {
  if (isEmpty(cell)) return undefined;
  const text = cell instanceof Date ? '' : String(cell);
  return HEADER_LOOKUP.get(normaliseHeaderText(text));
}

export function isEmpty(c: Cell): boolean {
  return c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
}

function rowIsEmpty(r: readonly Cell[] | undefined): boolean {
  if (!r) return true;
  for (const c of r) if (!isEmpty(c)) return false;
  return true;
}

type Parsed<T> = { ok: true; value: T } | { ok: false };

function readText(c: Cell): Parsed<string | null> {
  if (isEmpty(c)) return { ok: true, value: null };
  if (typeof c === 'string') return { ok: true, value: c.trim() };
  if (typeof c === 'number') return { ok: true, value: String(c) };
  // booleans / dates in a text field: not specified; taken as their text.
  if (c instanceof Date) return { ok: true, value: c.toISOString().slice(0, 10) };
  return { ok: true, value: String(c) };
}

export function parseNumberText(s: string, options: OracleOptions = {}): number | null {
  let t = s.replace(/[\s\u00a0]+/g, '');
  if (options.dashDecimals) t = t.replace(/,-$/, '');
  t = t.replace(/^(dkk|kr\.?)/i, '');
  t = t.replace(/(dkk|kr\.?)$/i, '');
  let m: RegExpMatchArray | null;
  if (/^-?\d+$/.test(t)) return Number(t);
  if ((m = t.match(/^(-?)(\d{1,3}(?:\.\d{3})+)$/))) return Number(m[1] + m[2].replace(/\./g, ''));
  if (/^-?\d+\.\d+$/.test(t)) return Number(t);
  if ((m = t.match(/^(-?)(\d{1,3}(?:\.\d{3})+),(\d+)$/))) return Number(m[1] + m[2].replace(/\./g, '') + '.' + m[3]);
  if ((m = t.match(/^(-?\d+),(\d+)$/))) return Number(m[1] + '.' + m[2]);
  return null;
}

/** A11: the columns where 0 is a value. */
const ZERO_ALLOWED: ReadonlySet<Field> = new Set(['consumption', 'rentReduction']);

function readNumber(c: Cell, field: Field, options: OracleOptions): Parsed<number | null> {
  if (isEmpty(c)) return { ok: true, value: null };
  let n: number | null = null;
  if (typeof c === 'number') n = c;
  else if (typeof c === 'string') n = parseNumberText(c.trim(), options);
  if (n === null || Number.isNaN(n)) return { ok: false };
  if (!(Math.abs(n) < 1e15) || n < 0 || (n === 0 && !ZERO_ALLOWED.has(field))) return { ok: false };
  return { ok: true, value: n === 0 ? 0 : n };
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function isoOf(y: number, m: number, d: number): string | null {
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function serialToIso(serial: number): string | null {
  const n = Math.floor(serial);
  if (!(n > 60)) return null;
  const ms = Date.UTC(1899, 11, 30) + n * 86400000;
  const dt = new Date(ms);
  return isoOf(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

export function parseDateText(text: string, options: OracleOptions = {}): string | null {
  let m: RegExpMatchArray | null;
  const s = text.replace(/[T ]\d{1,2}:\d{2}(:\d{2})?$/, '');
  const dm = options.shortDayMonth ? '(\\d{1,2})' : '(\\d{2})';
  if ((m = s.match(new RegExp(`^(\\d{4})-${dm}-${dm}$`)))) return isoOf(+m[1], +m[2], +m[3]);
  if ((m = s.match(new RegExp(`^${dm}-${dm}-(\\d{4})$`)))) return isoOf(+m[3], +m[2], +m[1]);
  if ((m = s.match(new RegExp(`^${dm}\\.${dm}\\.(\\d{4})$`)))) return isoOf(+m[3], +m[2], +m[1]);
  if ((m = s.match(new RegExp(`^${dm}/${dm}/(\\d{4})$`)))) return isoOf(+m[3], +m[2], +m[1]);
  return null;
}

function readDate(c: Cell, options: OracleOptions): Parsed<string | null> {
  if (isEmpty(c)) return { ok: true, value: null };
  if (c instanceof Date) {
    if (Number.isNaN(c.getTime())) return { ok: false };
    return { ok: true, value: isoOf(c.getUTCFullYear(), c.getUTCMonth() + 1, c.getUTCDate())! };
  }
  if (typeof c === 'number') {
    const iso = serialToIso(c);
    return iso === null ? { ok: false } : { ok: true, value: iso };
  }
  if (typeof c === 'string') {
    if (options.textSerials && /^\d+$/.test(c.trim())) {
      const s = serialToIso(Number(c.trim()));
      return s === null ? { ok: false } : { ok: true, value: s };
    }
    const iso = parseDateText(c.trim(), options);
    return iso === null ? { ok: false } : { ok: true, value: iso };
  }
  return { ok: false };
}

const HOUSING: Record<string, 'familie' | 'ungdom' | 'aeldre'> = {
  familiebolig: 'familie',
  familie: 'familie',
  ungdomsbolig: 'ungdom',
  ungdom: 'ungdom',
  ældrebolig: 'aeldre',
  aeldrebolig: 'aeldre',
  ældre: 'aeldre',
  aeldre: 'aeldre',
};
export const AREA: Record<string, '' | 'udsat' | 'forebyggelse' | 'omdannelse' | 'parallelsamfund'> = {
  'udsat boligområde': 'udsat',
  udsat: 'udsat',
  forebyggelsesområde: 'forebyggelse',
  forebyggelse: 'forebyggelse',
  omdannelsesområde: 'omdannelse',
  omdannelse: 'omdannelse',
  parallelsamfund: 'parallelsamfund',
};
const LETTING: Record<string, 'ekstern' | 'intern' | 'bytte'> = {
  ekstern: 'ekstern',
  'ekstern venteliste': 'ekstern',
  intern: 'intern',
  'intern venteliste': 'intern',
  oprykning: 'intern',
  bytte: 'bytte',
  boligbytte: 'bytte',
};

function readLabel<T>(c: Cell, map: Record<string, T>): Parsed<T | null> {
  if (isEmpty(c)) return { ok: true, value: null };
  if (typeof c !== 'string') return { ok: false };
  const key = c.trim().toLowerCase().replace(/\s+/g, ' ');
  return Object.prototype.hasOwnProperty.call(map, key) ? { ok: true, value: map[key] } : { ok: false };
}

export interface OracleVacancy {
  unitId: string;
  organisation: string | null;
  department: string | null;
  address: string | null;
  housingType: 'familie' | 'ungdom' | 'aeldre' | null;
  rooms: number | null;
  area: number | null;
  rent: number | null;
  consumption: number | null;
  rentInclConsumption: number | null;
  vacantFrom: string | null;
  areaStatus: '' | 'udsat' | 'forebyggelse' | 'omdannelse' | 'parallelsamfund';
  lettingType: 'ekstern' | 'intern' | 'bytte';
  rentReduction: number;
}

export interface OracleRow {
  /** Sheet row number (1-based, header counted). */
  row: number;
  /** 0-based index into the table. */
  index: number;
  unitId: string;
  /** The parsed vacantFrom when the Ledig fra cell was valid (even on an otherwise bad row). */
  vacantFrom: string | null;
  vacancy: OracleVacancy | null;
  errors: string[];
}

export type OracleSheet = { ok: false; error: string } | { ok: true; headerIndex: number; hasDates: boolean; columns: Partial<Record<Field, number>>; rows: OracleRow[] };

export function oracleRead(table: readonly (readonly Cell[])[], options: OracleOptions = {}): OracleSheet {
  let headerIndex = -1;
  let nonEmpty = 0;
  for (let i = 0; i < table.length && nonEmpty < 10; i++) {
    if (rowIsEmpty(table[i])) continue;
    if (headerIndex < 0) headerIndex = i;
    nonEmpty++;
    if ((table[i] ?? []).some((c) => fieldOfHeader(c) === 'unitId')) {
      headerIndex = i;
      break;
    }
  }
  if (headerIndex < 0) return { ok: false, error: 'Arket er tomt: ingen overskriftsrække.' };
  const header = table[headerIndex];
  const columns: Partial<Record<Field, number>> = {};
  const found: string[] = [];
  header.forEach((cell, j) => {
    if (isEmpty(cell)) return;
    found.push(String(cell));
    const f = fieldOfHeader(cell);
    if (f !== undefined && columns[f] === undefined) columns[f] = j;
  });
  if (columns.unitId === undefined) {
    return { ok: false, error: `Kolonnen 'Lejemål' mangler. Fundne kolonner: ${found.join(', ')}` };
  }
  const hasDates = columns.vacantFrom !== undefined;
  const seen = new Set<string>();
  const rows: OracleRow[] = [];
  for (let i = headerIndex + 1; i < table.length; i++) {
    const r = table[i] ?? [];
    if (rowIsEmpty(r)) continue;
    const rowNo = i + 1;
    const errors: string[] = [];
    const cell = (f: Field): Cell => (columns[f] === undefined ? null : r[columns[f]!]);
    const text = (f: Field): string | null => {
      const p = readText(cell(f));
      return p.ok ? p.value : null;
    };
    const num = (f: Field): number | null => {
      const p = readNumber(cell(f), f, options);
      if (!p.ok) {
        errors.push(`Række ${rowNo}, kolonne ${f}: ikke et tal: ${JSON.stringify(cell(f))}`);
        return null;
      }
      return p.value;
    };
    function label<T>(f: Field, map: Record<string, T>): T | null {
      const p = readLabel(cell(f), map);
      if (!p.ok) {
        errors.push(`Række ${rowNo}, kolonne ${f}: ukendt værdi`);
        return null;
      }
      return p.value;
    }
    const unitId = text('unitId') ?? '';
    if (unitId === '') errors.push(`Række ${rowNo}: Lejemål mangler`);
    const organisation = text('organisation');
    const department = text('department');
    const address = text('address');
    const housingType = label('housingType', HOUSING);
    const rooms = num('rooms');
    const area = num('area');
    const rent = num('rent');
    const consumption = num('consumption');
    const ricGiven = num('rentInclConsumption');
    let vacantFrom: string | null = null;
    let dateOk = true;
    if (hasDates) {
      const p = readDate(cell('vacantFrom'), options);
      if (!p.ok) {
        dateOk = false;
        const raw = cell('vacantFrom');
        errors.push(`Række ${rowNo}: Ledig fra er ikke en gyldig dato: ${raw instanceof Date ? 'Date(invalid)' : JSON.stringify(raw)}`);
      } else if (p.value === null) {
        dateOk = false;
        errors.push(`Række ${rowNo}: Ledig fra mangler`);
      } else {
        vacantFrom = p.value;
      }
    }
    const areaStatus = label('areaStatus', AREA) ?? '';
    const lettingType = label('lettingType', LETTING) ?? 'ekstern';
    const rentReduction = num('rentReduction') ?? 0;

    if (unitId !== '' && dateOk) {
      const key = `${unitId}\u0000${vacantFrom ?? ''}`;
      if (seen.has(key)) errors.push(`Række ${rowNo}: samme Lejemål og Ledig fra som en tidligere række`);
      else seen.add(key);
    }

    const rentInclConsumption = ricGiven !== null ? ricGiven : rent !== null && consumption !== null ? rent + consumption : rent !== null && options.consumptionMissingAsZero ? rent : null;
    const vacancy: OracleVacancy | null =
      errors.length > 0
        ? null
        : {
            unitId,
            organisation,
            department,
            address,
            housingType,
            rooms,
            area,
            rent,
            consumption,
            rentInclConsumption,
            vacantFrom,
            areaStatus,
            lettingType,
            rentReduction,
          };
    rows.push({ row: rowNo, index: i, unitId, vacantFrom, vacancy, errors });
  }
  return { ok: true, headerIndex, hasDates, columns, rows };
}

// ---------------------------------------------------------------------------------------------
// The six bundled agreements, hand-coded from DOMAIN.md's table
// ---------------------------------------------------------------------------------------------

type OracleEvent = { type: 'exclude' } | { type: 'waitlist' } | { type: 'allocate' } | { type: 'quota'; pool: string };

interface OracleRule {
  name: string;
  priority: number;
  when: (v: OracleVacancy) => boolean;
  event: OracleEvent;
}

interface OraclePool {
  every: number;
  phase?: number;
  start?: number;
  capPerMonth?: number;
}

export interface OracleAgreement {
  id: string;
  defaultOutcome: 'waitlist' | 'municipality' | 'excluded';
  pools: Record<string, OraclePool>;
  rules: OracleRule[];
}

const internExcluded: OracleRule = {
  name: 'intern',
  priority: 1000,
  when: (v) => v.lettingType === 'intern',
  event: { type: 'exclude' },
};

const isFamily = (v: OracleVacancy): boolean => v.housingType === 'familie';

export const ORACLE_AGREEMENTS: Record<string, OracleAgreement> = {
  'standard-25': {
    id: 'standard-25',
    defaultOutcome: 'waitlist',
    pools: { familieboliger: { every: 4 } },
    rules: [internExcluded, { name: 'familie', priority: 10, when: isFamily, event: { type: 'quota', pool: 'familieboliger' } }],
  },
  'randers-bolig': {
    id: 'randers-bolig',
    defaultOutcome: 'waitlist',
    pools: { 'under-4000': { every: 3 }, '4000-6000': { every: 6 } },
    rules: [
      internExcluded,
      {
        name: 'under-4000',
        priority: 10,
        when: (v) => isFamily(v) && v.rentInclConsumption !== null && v.rentInclConsumption < 4000,
        event: { type: 'quota', pool: 'under-4000' },
      },
      {
        name: '4000-6000',
        priority: 10,
        when: (v) => isFamily(v) && v.rentInclConsumption !== null && v.rentInclConsumption >= 4000 && v.rentInclConsumption <= 6000,
        event: { type: 'quota', pool: '4000-6000' },
      },
    ],
  },
  'domea-randers': {
    id: 'domea-randers',
    defaultOutcome: 'waitlist',
    pools: {},
    rules: [
      internExcluded,
      {
        name: 'et-rums',
        priority: 10,
        when: (v) => v.rooms === 1 && v.department !== null && ['103', '106', '118', '130'].includes(v.department),
        event: { type: 'allocate' },
      },
    ],
  },
  'ishoej-100': {
    id: 'ishoej-100',
    defaultOutcome: 'waitlist',
    pools: { 'udsatte-afdelinger': { every: 4 } },
    rules: [
      internExcluded,
      { name: 'omdannelse', priority: 50, when: (v) => v.areaStatus === 'omdannelse', event: { type: 'exclude' } },
      {
        name: 'listet',
        priority: 40,
        when: (v) => ['udsat', 'forebyggelse', 'parallelsamfund'].includes(v.areaStatus),
        event: { type: 'quota', pool: 'udsatte-afdelinger' },
      },
      { name: 'alle andre', priority: 1, when: () => true, event: { type: 'allocate' } },
    ],
  },
  'privat-udlejer': {
    id: 'privat-udlejer',
    defaultOutcome: 'waitlist',
    pools: { alle: { every: 4, phase: 1 } },
    rules: [internExcluded, { name: 'alle', priority: 10, when: () => true, event: { type: 'quota', pool: 'alle' } }],
  },
  'faaborg-flex': {
    id: 'faaborg-flex',
    defaultOutcome: 'waitlist',
    pools: { behov: { every: 4, capPerMonth: 2 } },
    rules: [internExcluded, { name: 'familie', priority: 10, when: isFamily, event: { type: 'quota', pool: 'behov' } }],
  },
};

// ---------------------------------------------------------------------------------------------
// Deciding
// ---------------------------------------------------------------------------------------------

export function emptyOracleState(): OracleState {
  return { counters: {}, capUse: {}, ledger: {} };
}

function cloneState(s: OracleState): OracleState {
  const capUse: Record<string, Record<string, number>> = {};
  for (const p of Object.keys(s.capUse)) capUse[p] = { ...s.capUse[p] };
  return { counters: { ...s.counters }, capUse, ledger: { ...s.ledger } };
}

export function ledgerKeyOf(unitId: string, vacantFrom: string | null): string {
  return `${unitId}\u0000${vacantFrom ?? ''}`;
}

function chooseRule(ag: OracleAgreement, v: OracleVacancy): OracleRule | null {
  let best: OracleRule | null = null;
  for (const r of ag.rules) {
    if (!r.when(v)) continue;
    if (best === null || r.priority > best.priority) best = r; // ties: first in file order wins
  }
  return best;
}

export function oracleDecideSheet(sheet: OracleSheet, agreementId: string, state?: OracleState | null, options: OracleOptions = {}): OracleResult {
  const ag = ORACLE_AGREEMENTS[agreementId];
  if (!ag) throw new Error(`oracle: unknown agreement ${agreementId}`);
  const before = state ? cloneState(state) : emptyOracleState();
  if (!sheet.ok) return { sheetError: sheet.error, decisions: [], state: before };
  const st = cloneState(before);

  const decided = new Map<number, OracleDecision>();
  const valid = sheet.rows.filter((r) => r.vacancy !== null);
  const order = valid
    .map((r, k) => ({ r, k }))
    .sort((a, b) => {
      const da = a.r.vacancy!.vacantFrom ?? '';
      const db = b.r.vacancy!.vacantFrom ?? '';
      if (da < db) return -1;
      if (da > db) return 1;
      return a.k - b.k;
    })
    .map((x) => x.r);

  for (const r of order) {
    const v = r.vacancy!;
    const key = ledgerKeyOf(v.unitId, v.vacantFrom);
    const earlier = st.ledger[key];
    if (earlier) {
      decided.set(r.row, {
        row: r.row,
        unitId: r.unitId,
        outcome: earlier.outcome,
        pool: earlier.pool,
        position: earlier.position,
        vacantFrom: v.vacantFrom,
        errors: [],
      });
      continue;
    }
    const rule = chooseRule(ag, v);
    let outcome: 'municipality' | 'waitlist' | 'excluded';
    let pool: string | null = null;
    let position: number | null = null;
    if (rule === null) {
      outcome = ag.defaultOutcome;
    } else if (rule.event.type === 'exclude') {
      outcome = 'excluded';
    } else if (rule.event.type === 'waitlist') {
      outcome = 'waitlist';
    } else if (rule.event.type === 'allocate') {
      outcome = 'municipality';
    } else {
      pool = rule.event.pool;
      const def = ag.pools[pool];
      const counter = (st.counters[pool] ?? def.start ?? 0) + 1;
      st.counters[pool] = counter;
      position = counter;
      const N = def.every;
      const phase = def.phase ?? N;
      const hit = counter % N === phase % N;
      if (!hit) {
        outcome = 'waitlist';
      } else if (def.capPerMonth !== undefined && (v.vacantFrom !== null || options.undatedCapBucket)) {
        const month = v.vacantFrom === null ? '' : v.vacantFrom.slice(0, 7);
        const used = st.capUse[pool]?.[month] ?? 0;
        if (used >= def.capPerMonth) {
          outcome = 'waitlist';
        } else {
          outcome = 'municipality';
          st.capUse[pool] = { ...(st.capUse[pool] ?? {}), [month]: used + 1 };
        }
      } else {
        outcome = 'municipality';
      }
    }
    st.ledger[key] = { outcome, pool, position };
    decided.set(r.row, { row: r.row, unitId: r.unitId, outcome, pool, position, vacantFrom: v.vacantFrom, errors: [] });
  }

  const decisions: OracleDecision[] = sheet.rows.map(
    (r) =>
      decided.get(r.row) ?? {
        row: r.row,
        unitId: r.unitId,
        outcome: 'error',
        pool: null,
        position: null,
        vacantFrom: r.vacantFrom,
        errors: r.errors,
      },
  );
  return { sheetError: null, decisions, state: st };
}

/** Reads the table and decides it under one of the six bundled agreements. */
export function oracleDecide(table: readonly (readonly Cell[])[], agreementId: string, state?: OracleState | null, options: OracleOptions = {}): OracleResult {
  return oracleDecideSheet(oracleRead(table, options), agreementId, state, options);
}
