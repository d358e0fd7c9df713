/**
 * Builds examples/historik.xlsx: three calendar years (2022–2024) of vacancies in a Randers-sized
 * municipality, for comparing agreement variants. Rather than drawing vacancies directly, it
 * builds a stock of about 8,000 units (scripts/history/stock.ts) and lets tenants move out month
 * by month, so a unit can come vacant more than once and its rent follows the yearly increases.
 * Seeded, so a rebuild gives the same bytes.
 *
 *   npm run history            (writes examples/historik.xlsx)
 *   node lib/scripts/make-history.js other.xlsx
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { AREA_BY_ROOMS, HOUSING_TYPE_LABEL, HousingType, REMARKS } from './example/departments';
import { locate } from './example/address';
import { Dice, planRooms, prng } from './example/dice';
import { fixZipDates } from './example/zipDates';
import { workdaysOfMonth } from './history/calendar';
import { STOCK, STOCK_ROOMS, StockDepartment, unitCount } from './history/stock';
import { buildVacancyWorkbook, ExampleRow, HEADERS } from './make-example';
import { repoRoot } from './repoRoot';

export { HEADERS };
export const HISTORY_SHEET = 'Historik';
export const HISTORY_FILE = path.join('examples', 'historik.xlsx');
export const YEARS = [2022, 2023, 2024] as const;

const SEED = 20250106;
// Fixed, with the zip entry dates, so that a rebuild is byte-identical.
const WORKBOOK_DATE = new Date(Date.UTC(2025, 0, 6, 8, 0, 0));

/**
 * Yearly chance that the tenant moves out. Small family flats turn over fastest; youth units
 * (students) about every third year; elderly units mostly when a tenant dies or moves to a
 * nursing home. Listed areas lose tenants faster. Together about a tenth of the stock a year.
 */
const TURNOVER_FAMILY_BY_ROOMS = [0.13, 0.1, 0.085, 0.075, 0.065];
const TURNOVER: Record<Exclude<HousingType, 'familie'>, number> = { ungdom: 0.33, aeldre: 0.11 };
const LISTED_AREA_TURNOVER = 1.2;
/** Notice is three months; a new tenant does not leave within four. */
const MIN_MONTHS_BETWEEN_VACANCIES = 4;

/** Move-outs by calendar month (mean 1): summer for families, August for students. */
const SEASON: Record<HousingType, readonly number[]> = {
  familie: [0.9, 0.85, 0.95, 0.95, 1.0, 1.1, 1.2, 1.25, 1.05, 0.95, 0.9, 0.9],
  aeldre: [1.1, 1.05, 1.0, 1.0, 0.95, 0.95, 0.95, 0.95, 0.95, 1.0, 1.05, 1.05],
  ungdom: [1.2, 0.8, 0.8, 0.8, 0.8, 1.2, 1.6, 1.9, 1.1, 0.7, 0.6, 0.5],
};
/** Leases end at a month's end: many units are free on the first workday of the next month. */
const FIRST_WORKDAY_SHARE = 0.4;

/** Yearly rent increase per department, uniform in this range (budget-driven, about 2.6 % on average). */
const RENT_RISE = [0.016, 0.036] as const;
/** A conto consumption by year: heating prices rose after 2022 and eased a little in 2024. */
const CONSUMPTION_LEVEL: Record<number, number> = { 2022: 1.0, 2023: 1.07, 2024: 1.04 };

/** Internal waiting list (oprykning): residents moving to a larger unit in their department. */
const INTERNAL_FAMILY_BY_ROOMS = [0.04, 0.07, 0.11, 0.14, 0.14];
const INTERNAL: Record<Exclude<HousingType, 'familie'>, number> = { ungdom: 0.02, aeldre: 0.06 };
const EXCHANGE_SHARE = 0.012;
const REMARK_SHARE = 0.07;

/**
 * Temporary rent reductions (Fonden for Blandede Byer): 15,000 kr a year, so 1,250 kr a month, for
 * family units with a rent of 4,500–6,500 kr. Granted from 2023, a handful a year.
 */
const REDUCTION = 1250;
const REDUCTIONS_PER_YEAR: Record<number, number> = { 2022: 0, 2023: 6, 2024: 5 };
const REDUCTIONS_FROM = Date.UTC(2023, 2, 1);

export type HistoryRow = ExampleRow;

interface Unit {
  dept: StockDepartment;
  unitId: string;
  address: string;
  rooms: number;
  area: number;
  /** The unit's rent relative to its department's level (position, kitchen, renovation). */
  rentFactor: number;
  /** Consumption at the 2022 level, before the clamp. */
  consumption: number;
  turnover: number;
}

function areaFor(dice: Dice, type: HousingType, rooms: number): number {
  const [min, max] = AREA_BY_ROOMS[type === 'ungdom' ? 'ungdom' : 'standard'][rooms];
  return Math.round((dice.int(min, max) + dice.int(min, max)) / 2);
}

function turnoverFor(dept: StockDepartment, rooms: number): number {
  const base = dept.type === 'familie' ? TURNOVER_FAMILY_BY_ROOMS[rooms - 1] : TURNOVER[dept.type];
  return dept.areaStatus ? base * LISTED_AREA_TURNOVER : base;
}

/**
 * All units of one department. In blocks of flats the units above each other (a "line":
 * staircase and door) have the same plan, so rooms and area are drawn per line.
 */
function departmentUnits(dice: Dice, dept: StockDepartment): Unit[] {
  const lines = dept.building === 'etage' ? dept.staircases * dept.perFloor : unitCount(dept);
  const roomPlan = planRooms(dice, dept.rooms ?? STOCK_ROOMS[dept.type], lines);
  const areas = roomPlan.map((rooms) => areaFor(dice, dept.type, rooms));
  const units: Unit[] = [];
  for (let staircase = 1; staircase <= dept.staircases; staircase++) {
    for (let floor = 0; floor < dept.floors; floor++) {
      for (let door = 0; door < dept.perFloor; door++) {
        const line = dept.building === 'etage' ? (staircase - 1) * dept.perFloor + door : ((staircase - 1) * dept.floors + floor) * dept.perFloor + door;
        const { unitNo, address } = locate(dept, staircase, floor, door);
        const rooms = roomPlan[line];
        const area = areas[line];
        const houseHeat = dept.building === 'raekke' ? 80 : 0;
        units.push({
          dept,
          unitId: `${dept.no}-${unitNo}`,
          address,
          rooms,
          area,
          rentFactor: 1 + dice.jitter(0.04),
          consumption: 560 + 6 * (area - 30) + houseHeat + dice.jitter(70),
          turnover: turnoverFor(dept, rooms),
        });
      }
    }
  }
  return units;
}

/** Each department's rent level per year, kr per m² per year. */
function rentLevels(dice: Dice): Map<StockDepartment, Record<number, number>> {
  const levels = new Map<StockDepartment, Record<number, number>>();
  for (const dept of STOCK) {
    const rate: Record<number, number> = { [YEARS[0]]: dept.rate };
    for (let i = 1; i < YEARS.length; i++) {
      const rise = RENT_RISE[0] + (RENT_RISE[1] - RENT_RISE[0]) * (0.5 + dice.jitter(0.5));
      rate[YEARS[i]] = rate[YEARS[i - 1]] * (1 + rise);
    }
    levels.set(dept, rate);
  }
  return levels;
}

function letting(dice: Dice, unit: Unit): string {
  const { dept } = unit;
  const internal = dept.type === 'familie' ? INTERNAL_FAMILY_BY_ROOMS[unit.rooms - 1] : INTERNAL[dept.type];
  if (dice.chance(internal)) return dice.pick(['Intern venteliste', 'Oprykning']);
  if (dept.type === 'familie' && dice.chance(EXCHANGE_SHARE)) return 'Bytte';
  return dept.org.externalLabel;
}

function vacantFrom(dice: Dice, year: number, month: number): Date {
  const days = workdaysOfMonth(year, month);
  return dice.chance(FIRST_WORKDAY_SHARE) ? days[0] : dice.pick(days);
}

export function generateHistory(): HistoryRow[] {
  const dice = new Dice(prng(SEED));
  const units = STOCK.flatMap((dept) => departmentUnits(dice, dept));
  const levels = rentLevels(dice);
  const rows: HistoryRow[] = [];
  for (const unit of units) {
    const { dept } = unit;
    let last = -Infinity;
    for (let m = 0; m < YEARS.length * 12; m++) {
      if (m - last < MIN_MONTHS_BETWEEN_VACANCIES) continue;
      if (!dice.chance((unit.turnover / 12) * SEASON[dept.type][m % 12])) continue;
      last = m;
      const year = YEARS[0] + Math.floor(m / 12);
      const area = unit.area;
      rows.push({
        unitId: unit.unitId,
        organisation: dept.org.name,
        department: dept.org.departmentAsNumber ? Number(dept.no) : dept.no,
        address: unit.address,
        housingType: HOUSING_TYPE_LABEL[dept.type],
        rooms: unit.rooms,
        area,
        rent: Math.round((area * levels.get(dept)![year] * unit.rentFactor) / 12),
        consumption: Math.round(Math.min(1200, Math.max(550, unit.consumption * CONSUMPTION_LEVEL[year])) / 5) * 5,
        vacantFrom: vacantFrom(dice, year, m % 12),
        areaStatus: dept.areaStatus ?? '',
        letting: letting(dice, unit),
        rentReduction: null,
        remark: dice.chance(REMARK_SHARE) ? dice.pick(REMARKS[dept.type]) : '',
      });
    }
  }
  rows.sort((a, b) => a.vacantFrom.getTime() - b.vacantFrom.getTime() || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
  grantReductions(dice, rows);
  return rows;
}

/** A handful of family units a year, with a rent in the fund's band, let from the waiting list. */
function grantReductions(dice: Dice, rows: HistoryRow[]): void {
  for (const year of YEARS) {
    const eligible = rows.filter(
      (r) =>
        r.vacantFrom.getUTCFullYear() === year &&
        r.vacantFrom.getTime() >= REDUCTIONS_FROM &&
        r.housingType === HOUSING_TYPE_LABEL.familie &&
        (r.letting === '' || r.letting === 'Ekstern venteliste') &&
        r.rent >= 4500 &&
        r.rent <= 6500,
    );
    for (let k = 0; k < REDUCTIONS_PER_YEAR[year]; k++) {
      eligible.splice(dice.int(0, eligible.length - 1), 1)[0].rentReduction = REDUCTION;
    }
  }
}

export function buildHistoryWorkbook(): ExcelJS.Workbook {
  return buildVacancyWorkbook('Anvisningsaftaler (scripts/make-history.ts)', HISTORY_SHEET, generateHistory(), WORKBOOK_DATE);
}

/** Writes the history and returns the number of vacancies per year. */
export async function writeHistory(file: string): Promise<Record<number, number>> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const workbook = buildHistoryWorkbook();
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  fs.writeFileSync(file, fixZipDates(bytes, WORKBOOK_DATE));
  const perYear: Record<number, number> = {};
  workbook.getWorksheet(HISTORY_SHEET)!.eachRow((row, n) => {
    if (n > 1) {
      const year = (row.getCell(HEADERS.indexOf('Ledig fra') + 1).value as Date).getUTCFullYear();
      perYear[year] = (perYear[year] ?? 0) + 1;
    }
  });
  return perYear;
}

if (require.main === module) {
  const target = path.resolve(process.argv[2] ?? path.join(repoRoot(), HISTORY_FILE));
  writeHistory(target).then(
    (perYear) => {
      const total = Object.values(perYear).reduce((a, b) => a + b, 0);
      const years = Object.entries(perYear)
        .map(([y, n]) => `${y}: ${n}`)
        .join(', ');
      console.log(`${total} ledige boliger (${years}) skrevet til ${target}`);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
