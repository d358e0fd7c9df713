/**
 * Seeded generator of messy vacancy tables (as an xlsx or CSV adapter would hand them over):
 * header variants, leading empty rows, unknown columns, random column order, Danish number text,
 * numeric cells, boundary rents, every date form (text, Date objects, Excel serials), invalid
 * dates, label variants, bad labels, empty and duplicate Lejemål, empty rows, internal lettings,
 * area statuses, and several months so monthly caps bite.
 */
import type { Cell, Field } from './oracle';

/** mulberry32: small, fast, good enough for test data. */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return new Rng(next);
}

export class Rng {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  }
}

type Col = Field | 'extra';

const HEADER_VARIANTS: Record<Exclude<Col, 'extra'>, string[]> = {
  unitId: ['Lejemål', 'Lejemålsnr.', 'LEJEMÅL', 'Lejemålsnr', 'Lejemåls nr.'],
  organisation: ['Boligorganisation', 'Bolig organisation'],
  department: ['Afdeling', 'Afd.', 'AFD', 'afd'],
  address: ['Adresse'],
  housingType: ['Boligtype', 'Bolig type', 'BOLIGTYPE'],
  rooms: ['Rum', 'Værelser', 'Antal rum', 'antal  rum', 'VÆRELSER'],
  area: ['Areal', 'm2', 'M2', 'Areal.', 'm²'],
  rent: ['Husleje', 'husleje', 'Hus leje'],
  consumption: ['Forbrug', 'A conto', 'Aconto', 'a conto.', 'FORBRUG'],
  rentInclConsumption: ['Husleje inkl. forbrug', 'Husleje inkl forbrug', 'HUSLEJE INKL. FORBRUG', 'husleje inkl.forbrug'],
  vacantFrom: ['Ledig fra', 'Ledig Fra', 'LEDIG FRA', 'Ledigfra', ' Ledig fra '],
  areaStatus: ['Områdestatus', 'Område status', 'OMRÅDESTATUS'],
  lettingType: ['Udlejning', 'UDLEJNING', 'udlejning'],
  rentReduction: ['Huslejenedsættelse', 'Husleje nedsættelse', 'HUSLEJENEDSÆTTELSE'],
};

const EXTRA_HEADERS = ['Bemærkning', 'Energimærke', 'Nøgler', 'Etage', 'Sagsbehandler', 'Kontakt'];

export interface SheetOptions {
  /** Probability of a title row above the header (skipped: the header is the first of ten rows with Lejemål). */
  titleRow?: number;
}

function excelSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function danishThousands(intPart: number): string {
  return String(intPart).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Writes a non-negative number in one of the forms DOMAIN.md allows. */
function formatNumber(rng: Rng, n: number, allowNumeric = true): Cell {
  if (allowNumeric && rng.chance(0.4)) return n;
  const int = Math.floor(n);
  const frac = Math.round((n - int) * 100);
  const isInt = frac === 0;
  const decDa = isInt ? '' : ',' + (frac % 10 === 0 ? String(frac / 10) : pad2(frac));
  const decEn = isInt ? '' : '.' + (frac % 10 === 0 ? String(frac / 10) : pad2(frac));
  const forms: string[] = [`${int}${decEn}`, `${int}${decDa}`];
  if (int >= 1000) {
    forms.push(`${danishThousands(int)}${decDa}`);
    forms.push(`${String(int).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}${decDa}`);
  }
  if (isInt && int >= 1000) forms.push(`${danishThousands(int)},00`);
  let s = rng.pick(forms);
  const deco = rng.int(0, 9);
  if (deco === 0) s = `${s} kr.`;
  else if (deco === 1) s = `${s} kr`;
  else if (deco === 2) s = `DKK ${s}`;
  else if (deco === 3) s = `${s} DKK`;
  else if (deco === 4) s = `kr. ${s}`;
  return s;
}

const BAD_NUMBERS = ['ca. 4000', 'fire tusind', '4.00.0', '12a', '4000 kr/md', '—', 'n/a', '4.000,-'];
/** Numbers of the right form that no rent, area or a conto can be (issue 13): negative, zero, too large to read exactly. */
const HOSTILE_NUMBERS: Cell[] = ['-4000', '−5.000', -1, '0', 0, '0,00', '-0', '9'.repeat(400), Infinity, 1e300, '1000000000000000', '999999999999999', NaN];
const BAD_DATES = ['2024-02-30', '31/04/2024', 'snart', '2023-02-29', '30.02.2024', '2024-13-01', '00-01-2024', 'primo marts'];

function mixCase(rng: Rng, s: string): string {
  const k = rng.int(0, 4);
  if (k === 0) return s.toUpperCase();
  if (k === 1) return s.toLowerCase();
  if (k === 2) return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
  return s;
}

export function dateCell(rng: Rng, iso: string): Cell {
  const [y, m, d] = iso.split('-');
  if (rng.chance(0.03)) {
    // probes of the edges of "Dates" in DOMAIN.md (see ambiguity A4 in oracle.ts)
    switch (rng.int(0, 4)) {
      case 0:
        return ` ${iso} `;
      case 1:
        return excelSerial(iso) + 0.5;
      case 2:
        return `${+d}.${+m}.${y}`;
      case 3:
        return String(excelSerial(iso));
      default:
        return new Date(NaN);
    }
  }
  switch (rng.int(0, 6)) {
    case 0:
      return iso;
    case 1:
      return `${d}-${m}-${y}`;
    case 2:
      return `${d}.${m}.${y}`;
    case 3:
      return `${d}/${m}/${y}`;
    case 4:
    case 5:
      return new Date(Date.UTC(+y, +m - 1, +d));
    default:
      return excelSerial(iso);
  }
}

export interface GeneratedSheet {
  seed: number;
  table: Cell[][];
}

export function randomSheet(seed: number, opts: SheetOptions = {}): GeneratedSheet {
  const rng = makeRng(seed);
  const cols: Col[] = [];
  const put = (c: Col, p: number): void => {
    if (rng.chance(p)) cols.push(c);
  };
  put('unitId', 0.96);
  put('vacantFrom', 0.85);
  put('housingType', 0.9);
  put('rent', 0.8);
  put('consumption', 0.7);
  put('rentInclConsumption', 0.3);
  put('rooms', 0.75);
  put('department', 0.8);
  put('areaStatus', 0.6);
  put('lettingType', 0.7);
  put('area', 0.5);
  put('address', 0.35);
  put('organisation', 0.3);
  put('rentReduction', 0.2);
  const extras = rng.int(0, 2);
  for (let i = 0; i < extras; i++) cols.push('extra');
  rng.shuffle(cols);
  const usedExtra = new Set<string>();
  const header: Cell[] = cols.map((c) => {
    if (c === 'extra') {
      let h = rng.pick(EXTRA_HEADERS);
      while (usedExtra.has(h)) h = h + '2';
      usedExtra.add(h);
      return h;
    }
    return rng.pick(HEADER_VARIANTS[c]);
  });

  // Months: 1..4 consecutive months of 2024, Feb included often (leap day).
  // Some long tables over one or two months, so that the monthly cap (2 of every 4th) bites.
  const big = rng.chance(0.12);
  const startMonth = rng.int(1, 10);
  const nMonths = big ? rng.int(1, 2) : rng.int(1, 4);
  const year = 2024;
  const randomIso = (): string => {
    const m = startMonth + rng.int(0, nMonths - 1);
    const d = rng.int(1, daysIn(year, m));
    return `${year}-${pad2(m)}-${pad2(d)}`;
  };
  const isoPool: string[] = [];
  for (let i = 0; i < 6; i++) isoPool.push(randomIso());

  const table: Cell[][] = [];
  const leading = rng.int(0, 3);
  for (let i = 0; i < leading; i++) table.push(rng.pick([[], [null, null], ['', null, ''], [null]]));
  if (opts.titleRow !== undefined && rng.chance(opts.titleRow)) table.push(['Ledige boliger uge 12']);
  table.push(header);

  const nRows = big ? rng.int(45, 80) : rng.int(4, 36);
  const ids = ['A-101', 'A-102', 'B-7', 'C 12', '1001', '1002', '1003', '2005', 'K3-4', '77'];
  const written: { id: Cell; date: Cell }[] = [];
  let serialId = 3000 + rng.int(0, 500);

  for (let i = 0; i < nRows; i++) {
    if (rng.chance(0.06)) {
      table.push(rng.pick([[], cols.map(() => null), cols.map(() => ''), cols.map(() => rng.pick(['', ' ', null]))]));
      continue;
    }
    const row: Cell[] = cols.map(() => null);
    const set = (c: Col, v: Cell): void => {
      const j = cols.indexOf(c);
      if (j >= 0) row[j] = v;
    };

    // unitId and vacantFrom (with duplicates now and then)
    let id: Cell;
    let date: Cell;
    if (written.length > 0 && rng.chance(0.05)) {
      const earlier = rng.pick(written);
      id = earlier.id;
      // Same vacancy, possibly written in another form.
      if (typeof id === 'number' && rng.chance(0.3)) id = String(id);
      else if (typeof id === 'string' && /^\d+$/.test(id) && rng.chance(0.3)) id = Number(id);
      date = earlier.date;
      const iso = date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
      if (iso !== null && rng.chance(0.6)) date = dateCell(rng, iso);
    } else {
      const r = rng.next();
      if (r < 0.03) id = null;
      else if (r < 0.35) id = serialId++;
      else if (r < 0.55) id = rng.pick(ids);
      else id = `L${serialId++}`;
      if (typeof id === 'string' && rng.chance(0.015)) id = ` ${id} `;
      if (rng.chance(0.03)) date = rng.chance(0.5) ? null : '';
      else if (rng.chance(0.04)) date = rng.pick(BAD_DATES);
      // eslint-disable-next-line no-dupe-else-if -- every rng.chance draws anew: not the condition two lines up
      else if (rng.chance(0.03)) date = rng.pick(['2024-02-29', '29.02.2024', new Date(Date.UTC(2024, 1, 29))]);
      else date = dateCell(rng, rng.chance(0.3) ? rng.pick(isoPool) : randomIso());
    }
    set('unitId', id);
    set('vacantFrom', date);
    written.push({ id, date });

    // housing type
    const ht = rng.next();
    if (ht < 0.02) set('housingType', rng.pick(['Erhverv', 'Hus', 'familie bolig', 7]));
    else if (ht < 0.08) set('housingType', null);
    else if (ht < 0.75) set('housingType', mixCase(rng, rng.pick(['Familiebolig', 'familie'])));
    else if (ht < 0.88) set('housingType', mixCase(rng, rng.pick(['Ungdomsbolig', 'ungdom'])));
    else set('housingType', mixCase(rng, rng.pick(['Ældrebolig', 'ældre', 'aeldre'])));

    // rents near the boundaries
    const target = rng.chance(0.55) ? rng.pick([3999, 4000, 6000, 6001, 3999.5, 4000.5, 5999.5, 6000.5, 3998, 4001]) : rng.int(2500, 8000) + rng.pick([0, 0, 0, 0.5, 0.25]);
    const cons = rng.chance(0.2) ? 0 : rng.int(500, 1200) + rng.pick([0, 0, 0.5]);
    const rent = target - cons;
    const ricCol = cols.includes('rentInclConsumption');
    const num = (c: Col, n: number): void => {
      if (rng.chance(0.02)) set(c, rng.pick(BAD_NUMBERS));
      else if (rng.chance(0.015)) set(c, rng.pick(HOSTILE_NUMBERS));
      else set(c, formatNumber(rng, n));
    };
    if (rng.chance(0.05)) set('rent', null);
    else num('rent', rent);
    if (rng.chance(0.07)) set('consumption', null);
    else num('consumption', cons);
    if (ricCol) {
      if (rng.chance(0.4)) set('rentInclConsumption', null);
      else num('rentInclConsumption', rng.chance(0.8) ? target : rng.pick([3999, 4000, 6000, 6001]));
    }

    // rooms, area, department, address, organisation
    const rooms = rng.pick([1, 1, 1, 2, 2, 3, 4, 5]);
    if (rng.chance(0.02)) set('rooms', rng.pick(['et', 'x']));
    else if (rng.chance(0.01)) set('rooms', rng.pick(['1,5', 2.5]));
    else if (!rng.chance(0.04)) set('rooms', rng.chance(0.5) ? rooms : String(rooms));
    if (!rng.chance(0.05)) {
      const a = rng.int(25, 130) + rng.pick([0, 0, 0.5]);
      if (rng.chance(0.02)) set('area', rng.pick(BAD_NUMBERS));
      else if (rng.chance(0.01)) set('area', rng.pick(HOSTILE_NUMBERS));
      else set('area', formatNumber(rng, a));
    }
    const dep = rng.pick([103, 106, 118, 130, 104, 200, 7]);
    if (!rng.chance(0.04)) set('department', rng.chance(0.5) ? dep : rng.chance(0.8) ? String(dep) : rng.pick(['A7', 'Vestparken', '0103']));
    set('address', rng.chance(0.9) ? `${rng.pick(['Vestergade', 'Østervang', 'Parkvej'])} ${rng.int(1, 80)}, ${rng.int(1, 4)}. tv.` : null);
    set('organisation', rng.chance(0.5) ? rng.pick(['Randers Bolig', 'Domea', 'Boligselskabet Sjælland']) : rng.chance(0.5) ? 17 : null);

    // area status
    const as = rng.next();
    if (as < 0.02) set('areaStatus', rng.pick(['Ghetto', 'udsatte', 7]));
    else if (as < 0.55) set('areaStatus', rng.chance(0.5) ? null : '');
    else set('areaStatus', mixCase(rng, rng.pick(['Udsat boligområde', 'udsat', 'Forebyggelsesområde', 'forebyggelse', 'Omdannelsesområde', 'omdannelse', 'Parallelsamfund'])));

    // letting type
    const lt = rng.next();
    if (lt < 0.02) set('lettingType', rng.pick(['Fremleje', 'intern-venteliste', 1]));
    else if (lt < 0.35) set('lettingType', rng.chance(0.5) ? null : '');
    else if (lt < 0.65) set('lettingType', mixCase(rng, rng.pick(['Ekstern', 'Ekstern venteliste'])));
    else if (lt < 0.87) set('lettingType', mixCase(rng, rng.pick(['Intern', 'Intern venteliste', 'Oprykning'])));
    else set('lettingType', mixCase(rng, rng.pick(['Bytte', 'Boligbytte'])));

    if (rng.chance(0.3)) num('rentReduction', rng.pick([0, 500, 1250, 300.5]));

    // whitespace probes (see ambiguity A1): a label with spaces around it, a blank-looking cell
    if (rng.chance(0.015)) set('housingType', ` ${rng.pick(['familie', 'Familiebolig', 'ungdom'])} `);
    if (rng.chance(0.015)) set(rng.pick(['areaStatus', 'lettingType', 'rent', 'department'] as Col[]), '  ');

    // unknown columns
    cols.forEach((c, j) => {
      if (c === 'extra' && rng.chance(0.5)) row[j] = rng.pick(['Nyistandsat', 'Husdyr tilladt', 3, 'B', new Date(Date.UTC(2024, 0, 1))]);
    });

    // a row whose only content is in an unknown column (see ambiguity A1 in oracle.ts)
    if (cols.includes('extra') && rng.chance(0.01)) {
      const onlyNote: Cell[] = cols.map((c) => (c === 'extra' ? 'kun en bemærkning' : null));
      table.push(onlyNote);
      continue;
    }

    // trailing junk beyond the header now and then (still an unknown column)
    if (rng.chance(0.03)) row.push('note uden overskrift');
    table.push(row);
  }
  return { seed, table };
}

/** Short, readable text for a table (for failure messages). */
export function describeTable(table: readonly (readonly Cell[])[]): string {
  const show = (c: Cell): string => {
    if (c === null || c === undefined) return '·';
    if (c instanceof Date) return `Date(${Number.isNaN(c.getTime()) ? 'invalid' : c.toISOString().slice(0, 10)})`;
    if (typeof c === 'number') return `#${c}`;
    if (typeof c === 'boolean') return `bool(${c})`;
    return JSON.stringify(c);
  };
  return table.map((r, i) => `  ${String(i + 1).padStart(3)} | ${r.map(show).join(' | ')}`).join('\n');
}

/**
 * Hand-written tables for the corners DOMAIN.md spells out. They go through the same
 * differential comparison as the random ones (the oracle decides what is expected).
 */
export function edgeTables(): { name: string; table: Cell[][] }[] {
  const fam = (id: Cell, date: Cell, extra: Cell[] = []): Cell[] => [id, date, 'Familiebolig', ...extra];
  const H = ['Lejemål', 'Ledig fra', 'Boligtype'];
  const month = (m: number, n: number, from = 1): Cell[][] => Array.from({ length: n }, (_, k) => fam(`M${m}-${from + k}`, `2024-${pad2(m)}-${pad2(1 + (k % 28))}`));
  return [
    { name: 'empty table', table: [] },
    { name: 'only empty rows', table: [[], [null, ''], ['']] },
    { name: 'header only', table: [H] },
    { name: 'header and empty rows', table: [[null], H, [], [null, null, null]] },
    { name: 'title row above the header', table: [['Ledige boliger uge 12'], H, fam('A1', '2024-03-01')] },
    { name: 'title, date and empty rows above the header', table: [[null, 'Ledige boliger uge 12'], [], ['Udskrevet', '2024-03-18'], [null], H, fam('A1', '2024-03-01')] },
    { name: 'header as the tenth non-empty row', table: [...Array.from({ length: 9 }, (_, k) => [`Note ${k + 1}`]), H, fam('A1', '2024-03-01')] },
    { name: 'header as the eleventh non-empty row (too far down)', table: [...Array.from({ length: 10 }, (_, k) => [`Note ${k + 1}`]), H, fam('A1', '2024-03-01')] },
    { name: 'a data row mentioning Lejemål under a title', table: [['Oversigt'], ['Lejemål', 'Ledig fra', 'Boligtype'], ['Lejemål', '2024-03-02', 'familie']] },
    {
      name: 'no Lejemål column',
      table: [
        ['Adresse', 'Ledig fra', 'Boligtype'],
        ['Vej 1', '2024-03-01', 'familie'],
      ],
    },
    {
      name: 'invalid calendar dates and forms',
      table: [
        H,
        fam('A1', '2024-02-30'),
        fam('A2', '31/04/2024'),
        fam('A3', 'snart'),
        fam('A4', '2024-02-29'),
        fam('A5', '29.02.2024'),
        fam('A6', '01-03-2024'),
        fam('A7', '2023-02-29'),
        fam('A8', 45351),
        fam('A9', new Date(Date.UTC(2024, 1, 29))),
        fam('A10', ''),
        fam('A11', null),
      ],
    },
    {
      name: 'same vacancy written four ways',
      table: [H, fam(1001, '05.03.2024'), fam('1001', new Date(Date.UTC(2024, 2, 5))), fam('1001', 45356), fam(1001, '2024-03-05'), fam(1001, '06.03.2024')],
    },
    {
      name: 'no Ledig fra column: sheet order, same Lejemål twice',
      table: [
        ['Boligtype', 'Lejemål'],
        ['familie', 'B1'],
        ['familie', 'B2'],
        ['familie', 'B1'],
        ['familie', 'B3'],
        ['familie', 'B4'],
      ],
    },
    {
      name: 'Danish numbers at the Randers boundaries',
      table: [
        ['Lejemål', 'Ledig fra', 'Boligtype', 'Husleje', 'Forbrug', 'Husleje inkl. forbrug'],
        ['R1', '2024-01-01', 'familie', '3.000', '999', null],
        ['R2', '2024-01-02', 'familie', '3 000 kr.', 'DKK 1.000', null],
        ['R3', '2024-01-03', 'familie', 3000, 1000.5, null],
        ['R4', '2024-01-04', 'familie', null, null, '6.000,00'],
        ['R5', '2024-01-05', 'familie', null, null, '6.000,50'],
        ['R6', '2024-01-06', 'familie', null, null, '3999'],
        ['R7', '2024-01-07', 'familie', null, null, 'kr. 4.000'],
        ['R8', '2024-01-08', 'familie', null, null, '4000.5'],
        ['R9', '2024-01-09', 'familie', null, null, 4000],
        ['R10', '2024-01-10', 'familie', '5.999,50', '0,50', null],
        ['R11', '2024-01-11', 'familie', null, null, '3.999,99'],
        ['R12', '2024-01-12', 'familie', null, null, '4.000,5'],
        ['R13', '2024-01-13', 'familie', null, null, '12a'],
        ['R14', '2024-01-14', 'familie', '65,5', '3.934,5', null],
        ['R15', '2024-01-15', 'familie', null, null, 3999],
        ['R16', '2024-01-16', 'familie', null, null, 3999],
        ['R17', '2024-01-17', 'familie', null, null, 3999],
        ['R18', '2024-01-18', 'familie', null, null, 5000],
        ['R19', '2024-01-19', 'familie', null, null, 5000],
        ['R20', '2024-01-20', 'familie', null, null, 5000],
      ],
    },
    {
      name: 'labels in every spelling',
      table: [
        ['lejemål', 'LEDIG FRA', 'boligtype', 'områdestatus', 'udlejning', 'afd.', 'værelser'],
        ['L1', '2024-05-01', 'FAMILIEBOLIG', 'Udsat boligområde', 'Ekstern venteliste', 103, 1],
        ['L2', '2024-05-02', 'ungdom', 'FOREBYGGELSESOMRÅDE', 'intern venteliste', '106', '1'],
        ['L3', '2024-05-03', 'Ældrebolig', 'omdannelsesområde', 'OPRYKNING', 118, 1],
        ['L4', '2024-05-04', 'ÆLDRE', 'parallelsamfund', 'bytte', 130, '1'],
        ['L5', '2024-05-05', 'aeldre', '', 'Boligbytte', 104, 1],
        ['L6', '2024-05-06', 'familie', 'udsat', '', '0103', 1],
        ['L7', '2024-05-07', 'familie', 'forebyggelse', 'ekstern', 103, 2],
        ['L8', '2024-05-08', 'familie', 'omdannelse', 'Intern', 103, 1],
        ['L9', '2024-05-09', 'Erhverv', null, null, 103, 1],
        ['L10', '2024-05-10', 'familie', 'Ghetto', null, 103, 1],
        ['L11', '2024-05-11', 'familie', null, 'Fremleje', 103, 1],
        ['L12', '2024-05-12', 'familie', 'Parallelsamfund', null, 103, 1],
        ['L13', '2024-05-13', 'familie', 'Udsat', null, 106, 1],
      ],
    },
    {
      name: 'monthly cap: 13 family units in March, 5 in April, out of date order',
      table: [H, ...month(4, 5), ...month(3, 13)],
    },
    {
      name: 'ties in vacantFrom keep sheet order',
      table: [H, fam('T1', '2024-06-02'), fam('T2', '2024-06-01'), fam('T3', '2024-06-01'), fam('T4', '2024-06-02'), fam('T5', '2024-06-01'), fam('T6', '2024-06-01')],
    },
    // Spellings outside DOMAIN.md's lists (a literal reading makes them errors / unknown columns).
    { name: 'Ledig fra with a time of day', table: [H, fam('T1', '2024-03-01 12:00'), fam('T2', '2024-03-02')] },
    { name: 'Ledig fra holding only the year, as text', table: [H, fam('Y1', '2024'), fam('Y2', '2024-03-02')] },
    { name: 'header spelt Lejemaal', table: [['Lejemaal', 'Ledig fra', 'Boligtype'], fam('Q1', '2024-03-01')] },
    { name: 'header "Areal m2" with a bad number under it', table: [['Lejemål', 'Ledig fra', 'Boligtype', 'Areal m2'], fam('Q2', '2024-03-01', ['stor'])] },
    {
      name: 'labels Aeldrebolig and "Ekstern  venteliste" (two spaces)',
      table: [
        ['Lejemål', 'Ledig fra', 'Boligtype', 'Udlejning'],
        ['Q3', '2024-03-01', 'Aeldrebolig', null],
        ['Q4', '2024-03-02', 'familie', 'Ekstern  venteliste'],
      ],
    },
    {
      name: 'Lejemål empty, and the only content in an unknown column',
      table: [
        ['Lejemål', 'Ledig fra', 'Boligtype', 'Bemærkning'],
        [null, '2024-01-01', 'familie', null],
        [null, null, null, 'bare en note'],
        ['X1', '2024-01-02', 'familie', 'ok'],
      ],
    },
  ];
}
