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
import { AREA_BY_ROOMS, DEFAULT_ROOMS, DEPARTMENTS, Department, HOUSING_TYPE_LABEL, HousingType, REMARKS } from './example/departments';
import { locate } from './example/address';
import { Dice, planRooms, prng } from './example/dice';
import { fixZipDates } from './example/zipDates';
import { repoRoot } from './repoRoot';

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
// Fixed, with the zip entry dates, so that a rebuild is byte-identical.
const WORKBOOK_DATE = new Date(Date.UTC(2024, 3, 2, 8, 0, 0));

/** Danish public holidays inside the quarter: nobody hands over keys on those days. */
const HOLIDAYS = new Set(['2024-01-01', '2024-03-28', '2024-03-29']);
const QUARTER_START = Date.UTC(2024, 0, 2);
const QUARTER_END = Date.UTC(2024, 2, 28);

const INTERNAL_SHARE = 0.08;
const EXCHANGES = 4;
const REMARK_SHARE = 0.07;
/** Granted temporary reductions (Fonden for Blandede Byer): rare, and each a round amount. */
const REDUCTIONS = [1250, 1250, 1000, 1250, 1500];

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

function areaFor(dice: Dice, type: HousingType, rooms: number): number {
  const [min, max] = AREA_BY_ROOMS[type === 'ungdom' ? 'ungdom' : 'standard'][rooms];
  // Sizes cluster around the typical flat of each room count; the mean of two draws does that.
  return Math.round((dice.int(min, max) + dice.int(min, max)) / 2);
}

/** A conto heat, water and electricity grows with the floor area. */
function consumptionFor(dice: Dice, area: number): number {
  const raw = 560 + 6 * (area - 30) + dice.jitter(70);
  return Math.round(Math.min(1200, Math.max(550, raw)) / 5) * 5;
}

function letting(dice: Dice, dept: Department): string {
  if (dice.chance(INTERNAL_SHARE)) return dice.pick(['Intern venteliste', 'Oprykning']);
  return dept.org.externalLabel;
}

function departmentRows(dice: Dice, dept: Department, days: readonly Date[]): ExampleRow[] {
  const taken = new Set<string>();
  const rows: ExampleRow[] = [];
  const roomPlan = planRooms(dice, dept.rooms ?? DEFAULT_ROOMS[dept.type], dept.vacancies);
  while (rows.length < dept.vacancies) {
    const { unitNo, address } = locate(dept, dice.int(1, dept.staircases), dice.int(0, dept.floors - 1), dice.int(0, dept.perFloor - 1));
    if (taken.has(unitNo)) continue;
    taken.add(unitNo);

    const rooms = roomPlan[rows.length];
    const area = areaFor(dice, dept.type, rooms);
    const rent = Math.round((area * dept.rate * (1 + dice.jitter(0.06))) / 12);
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
      rentReduction: null,
      remark: dice.chance(REMARK_SHARE) ? dice.pick(REMARKS[dept.type]) : '',
    });
  }
  return rows.sort((a, b) => (a.unitId < b.unitId ? -1 : 1));
}

export function generateVacancies(): ExampleRow[] {
  const dice = new Dice(prng(SEED));
  const days = workdays();
  const rows = DEPARTMENTS.flatMap((dept) => departmentRows(dice, dept, days));
  grantReductions(dice, rows);
  markExchanges(dice, rows);
  return rows;
}

/** The fund pays for family units with a rent of 4,500–6,500 kr a month in listed areas. */
function grantReductions(dice: Dice, rows: ExampleRow[]): void {
  const eligible = rows.filter((r) => r.areaStatus !== '' && r.housingType === HOUSING_TYPE_LABEL.familie && r.rent >= 4500 && r.rent <= 6500);
  for (const amount of REDUCTIONS) {
    const [row] = eligible.splice(dice.int(0, eligible.length - 1), 1);
    row.rentReduction = amount;
  }
}

/** Exchanges are few; a fixed number keeps them in the example whatever the seed draws. */
function markExchanges(dice: Dice, rows: ExampleRow[]): void {
  const external = rows.filter((r) => r.letting === '' || r.letting === 'Ekstern venteliste');
  for (let k = 0; k < EXCHANGES; k++) external.splice(dice.int(0, external.length - 1), 1)[0].letting = 'Bytte';
}

export function buildExampleWorkbook(): ExcelJS.Workbook {
  return buildVacancyWorkbook('Anvisningsaftaler (scripts/make-example.ts)', SHEET_NAME, generateVacancies(), WORKBOOK_DATE);
}

/**
 * A vacancy list as a real export looks: frozen, filtered header, numbers as numbers in Danish
 * formats, real Excel dates. Shared with make-history.ts; fixed dates keep rebuilds byte-identical.
 */
export function buildVacancyWorkbook(creator: string, sheetName: string, rows: readonly ExampleRow[], date: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = date;
  workbook.modified = date;

  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };

  // Empty text stays an empty cell, as in a real export.
  const text = (s: string) => (s === '' ? null : s);
  for (const r of rows) {
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

  const column = (header: string) => sheet.getColumn(HEADERS.indexOf(header) + 1);
  // Department numbers stored as numbers would otherwise sit right-aligned beside text ones.
  column('Afdeling').alignment = { horizontal: 'left' };
  for (const h of ['Husleje', 'Forbrug', 'Huslejenedsættelse']) column(h).numFmt = '#,##0';
  column('Ledig fra').numFmt = 'dd-mm-yyyy';
  // Column styles also reach the header cells; the header is only bold.
  sheet.getRow(1).eachCell((cell) => {
    cell.style = { font: { bold: true } };
  });
  return workbook;
}

export async function writeExample(file: string): Promise<number> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const workbook = buildExampleWorkbook();
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  fs.writeFileSync(file, fixZipDates(bytes, WORKBOOK_DATE));
  return workbook.getWorksheet(SHEET_NAME)!.rowCount - 1;
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
