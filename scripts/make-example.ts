/**
 * Builds examples/ledige-boliger.xlsx: one quarter's vacancies of a Randers-like municipality,
 * as a housing organisation's ERP would export them. Seeded, so a rebuild gives the same cells.
 *
 *   npm run example            (writes examples/ledige-boliger.xlsx)
 *   node lib/scripts/make-example.js other.xlsx
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import {
  AREA_BY_ROOMS,
  DEFAULT_ROOMS,
  DEPARTMENTS,
  Department,
  HOUSING_TYPE_LABEL,
  HousingType,
  REMARKS,
} from './example/departments';

export const SHEET_NAME = 'Ledige boliger';

export const COLUMNS = [
  { header: 'Lejemål', width: 11 },
  { header: 'Boligorganisation', width: 33 },
  { header: 'Afdeling', width: 10 },
  { header: 'Adresse', width: 32 },
  { header: 'Boligtype', width: 14 },
  { header: 'Rum', width: 6 },
  { header: 'Areal', width: 7 },
  { header: 'Husleje', width: 10 },
  { header: 'Forbrug', width: 10 },
  { header: 'Ledig fra', width: 12 },
  { header: 'Områdestatus', width: 21 },
  { header: 'Udlejning', width: 18 },
  { header: 'Huslejenedsættelse', width: 20 },
  { header: 'Bemærkning', width: 16 },
] as const;

export const HEADERS: readonly string[] = COLUMNS.map((c) => c.header);

const SEED = 20240102;
// Fixed so that the file's metadata does not change on every rebuild.
const WORKBOOK_DATE = new Date(Date.UTC(2024, 3, 2, 8, 0, 0));

/** Danish public holidays inside the quarter: nobody hands over keys on those days. */
const HOLIDAYS = new Set(['2024-01-01', '2024-03-28', '2024-03-29']);
const QUARTER_START = Date.UTC(2024, 0, 2);
const QUARTER_END = Date.UTC(2024, 2, 28);

const INTERNAL_SHARE = 0.08;
const EXCHANGE_SHARE = 0.015;
const REMARK_SHARE = 0.07;
/** Granted reductions (Fonden for Blandede Byer) go to mid-priced units in listed areas. */
const REDUCTION_SHARE = 0.3;
const REDUCTIONS = [1250, 1250, 1250, 1000, 1500];

export interface ExampleRow {
  unitId: string;
  organisation: string;
  department: string | number;
  address: string;
  housingType: string;
  rooms: number;
  area: number;
  rent: number;
  consumption: number;
  vacantFrom: Date;
  areaStatus: string;
  letting: string;
  rentReduction: number | null;
  remark: string;
}

/** mulberry32: tiny, seedable, good enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(private readonly next: () => number) {}
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** Uniform in [-spread, spread]. */
  jitter(spread: number): number {
    return (this.next() * 2 - 1) * spread;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** Index by relative weight. */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) return i;
    }
    return weights.length - 1;
  }
}

function workdays(): Date[] {
  const days: Date[] = [];
  for (let t = QUARTER_START; t <= QUARTER_END; t += 86_400_000) {
    const d = new Date(t);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(d.toISOString().slice(0, 10))) days.push(d);
  }
  return days;
}

function vacantFrom(dice: Dice, days: readonly Date[]): Date {
  // Leases end at a month's end, so many units are free on the first workday of a month;
  // the rest come free whenever the repairs after move-out are done.
  if (dice.chance(0.2)) {
    const firsts = days.filter((d, i) => i === 0 || d.getUTCMonth() !== days[i - 1].getUTCMonth());
    return dice.pick(firsts);
  }
  return dice.pick(days);
}

const SIDES: Record<number, readonly string[]> = { 1: [''], 2: ['tv.', 'th.'], 3: ['tv.', 'mf.', 'th.'] };

/** A unit's number encodes staircase, floor and door, so the address follows from it. */
function locate(dept: Department, staircase: number, floor: number, door: number): { unitNo: string; address: string } {
  const unitNo = String(staircase * 100 + floor * dept.perFloor + door + 1).padStart(4, '0');
  const street = dept.streets[(staircase - 1) % dept.streets.length];
  const houseNo = street.firstNo + 2 * Math.floor((staircase - 1) / dept.streets.length);
  const floorText = floor === 0 ? 'st.' : `${floor}.`;
  let address = `${street.name} ${houseNo}`;
  if (dept.building === 'etage') address += `, ${floorText} ${SIDES[dept.perFloor][door]}`;
  if (dept.building === 'kollegie') address += `, ${floorText} ${door + 1}`;
  return { unitNo, address };
}

function areaFor(dice: Dice, type: HousingType, rooms: number): number {
  const [min, max] = AREA_BY_ROOMS[type === 'ungdom' ? 'ungdom' : 'standard'][rooms];
  return dice.int(min, max);
}

/** A conto heat, water and electricity grows with the floor area. */
function consumptionFor(dice: Dice, area: number): number {
  const raw = 550 + 6.5 * (area - 30) + dice.jitter(70);
  return Math.round(Math.min(1200, Math.max(550, raw)) / 5) * 5;
}

function letting(dice: Dice, dept: Department): string {
  if (dice.chance(INTERNAL_SHARE)) return dice.pick(['Intern venteliste', 'Oprykning']);
  if (dice.chance(EXCHANGE_SHARE)) return 'Bytte';
  return dept.org.externalLabel;
}

function departmentRows(dice: Dice, dept: Department, days: readonly Date[]): ExampleRow[] {
  const taken = new Set<string>();
  const rows: ExampleRow[] = [];
  const roomWeights = dept.rooms ?? DEFAULT_ROOMS[dept.type];
  while (rows.length < dept.vacancies) {
    const { unitNo, address } = locate(
      dept,
      dice.int(1, dept.staircases),
      dice.int(0, dept.floors - 1),
      dice.int(0, dept.perFloor - 1),
    );
    if (taken.has(unitNo)) continue;
    taken.add(unitNo);

    const rooms = dice.weighted(roomWeights) + 1;
    const area = areaFor(dice, dept.type, rooms);
    const rent = Math.round((area * dept.rate * (1 + dice.jitter(0.06))) / 12);
    const listed = dept.areaStatus !== undefined;
    const reduced = listed && dept.type === 'familie' && rent >= 4500 && rent <= 6500 && dice.chance(REDUCTION_SHARE);
    rows.push({
      unitId: `${dept.no}-${unitNo}`,
      organisation: dept.org.name,
      department: dept.org.departmentAsNumber ? Number(dept.no) : dept.no,
      address,
      housingType: HOUSING_TYPE_LABEL[dept.type],
      rooms,
      area,
      rent,
      consumption: consumptionFor(dice, area),
      vacantFrom: vacantFrom(dice, days),
      areaStatus: dept.areaStatus ?? '',
      letting: letting(dice, dept),
      rentReduction: reduced ? dice.pick(REDUCTIONS) : null,
      remark: dice.chance(REMARK_SHARE) ? dice.pick(REMARKS[dept.type]) : '',
    });
  }
  return rows.sort((a, b) => a.unitId.localeCompare(b.unitId));
}

export function generateVacancies(): ExampleRow[] {
  const dice = new Dice(prng(SEED));
  const days = workdays();
  return DEPARTMENTS.flatMap((dept) => departmentRows(dice, dept, days));
}

export function buildExampleWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Anvisningsaftaler (scripts/make-example.ts)';
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = WORKBOOK_DATE;
  workbook.modified = WORKBOOK_DATE;

  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };

  for (const r of generateVacancies()) {
    // Empty text stays an empty cell, as in a real export.
    const text = (s: string) => (s === '' ? null : s);
    sheet.addRow([
      r.unitId,
      r.organisation,
      r.department,
      r.address,
      r.housingType,
      r.rooms,
      r.area,
      r.rent,
      r.consumption,
      r.vacantFrom,
      text(r.areaStatus),
      text(r.letting),
      r.rentReduction,
      text(r.remark),
    ]);
  }

  sheet.getColumn(3).alignment = { horizontal: 'left' };
  for (const col of [8, 9, 13]) sheet.getColumn(col).numFmt = '#,##0';
  sheet.getColumn(10).numFmt = 'dd-mm-yyyy';
  // Column styles also reach the header cells; keep the header plain apart from bold.
  sheet.getRow(1).eachCell((cell) => {
    cell.numFmt = 'General';
    cell.alignment = {};
  });
  return workbook;
}

export async function writeExample(file: string): Promise<number> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const workbook = buildExampleWorkbook();
  await workbook.xlsx.writeFile(file);
  return workbook.getWorksheet(SHEET_NAME)!.rowCount - 1;
}

/** The repository root, whether run from scripts/ (ts) or lib/scripts/ (compiled). */
function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  return dir;
}

export const EXAMPLE_FILE = path.join('examples', 'ledige-boliger.xlsx');

if (require.main === module) {
  const target = path.resolve(process.argv[2] ?? path.join(repoRoot(), EXAMPLE_FILE));
  writeExample(target).then(
    (rows) => console.log(`${rows} ledige boliger skrevet til ${target}`),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
