import path from 'path';
import ExcelJS from 'exceljs';
import { openSheet, rebuildDifferences } from './support/workbookGrid';
import { expectAgreedHeader, VacancyRow, vacancyRows } from './support/vacancyRows';
import { EXAMPLE_FILE, HEADERS, SHEET_NAME, writeExample } from '../scripts/make-example';

const COMMITTED = path.resolve(__dirname, '..', EXAMPLE_FILE);

type Row = VacancyRow;

const share = <T>(items: readonly T[], pred: (x: T) => boolean) => items.filter(pred).length / items.length;

describe('examples/ledige-boliger.xlsx', () => {
  let sheet: ExcelJS.Worksheet;
  let rows: Row[];

  beforeAll(async () => {
    sheet = await openSheet(COMMITTED, SHEET_NAME);
    rows = vacancyRows(sheet);
  });

  test('has the agreed header row, bold, frozen and filtered', () => {
    expectAgreedHeader(sheet);
  });

  test('holds 300–400 vacancies with unique Lejemål of the form department-unit', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(rows.length).toBeLessThanOrEqual(400);
    expect(new Set(rows.map((r) => r.unitId)).size).toBe(rows.length);
    for (const r of rows) expect(r.unitId).toBe(`${String(r.department)}-${r.unitId.split('-')[1]}`);
    for (const r of rows) expect(r.unitId).toMatch(/^\d{2,3}-\d{4}$/);
  });

  test('is exactly what scripts/make-example.ts builds', async () => {
    const { rows, differences } = await rebuildDifferences(sheet, SHEET_NAME, 'ledige-boliger.xlsx', writeExample);
    expect(rows[0]).toBe(rows[1]);
    expect(differences).toEqual([]);
  });

  test('has real Excel dates over one quarter, not sorted by date', () => {
    for (const r of rows) {
      expect(r.vacantFrom).toBeInstanceOf(Date);
      const iso = r.vacantFrom.toISOString();
      expect(iso.slice(10)).toBe('T00:00:00.000Z');
      expect(iso.slice(0, 10) >= '2024-01-02' && iso.slice(0, 10) <= '2024-03-28').toBe(true);
    }
    expect(new Set(rows.map((r) => r.vacantFrom.getUTCMonth()))).toEqual(new Set([0, 1, 2]));
    const times = rows.map((r) => r.vacantFrom.getTime());
    expect(times.some((t, i) => i > 0 && t < times[i - 1])).toBe(true);
    expect(sheet.getRow(2).getCell(HEADERS.indexOf('Ledig fra') + 1).numFmt).toBe('dd-mm-yyyy');
  });

  test('stores some departments as numbers and some as text', () => {
    expect(rows.filter((r) => r.department === 103).length).toBeGreaterThan(0);
    expect(rows.some((r) => typeof r.department === 'string')).toBe(true);
    expect(new Set(rows.map((r) => String(r.department))).size).toBeGreaterThanOrEqual(25);
  });

  test('has a realistic mix of housing types', () => {
    expect(share(rows, (r) => r.housingType === 'Familiebolig')).toBeGreaterThanOrEqual(0.72);
    expect(share(rows, (r) => r.housingType === 'Familiebolig')).toBeLessThanOrEqual(0.85);
    expect(share(rows, (r) => r.housingType === 'Ungdomsbolig')).toBeGreaterThanOrEqual(0.08);
    expect(share(rows, (r) => r.housingType === 'Ældrebolig')).toBeGreaterThanOrEqual(0.07);
  });

  test('has whole-kroner rents and consumption in the realistic ranges', () => {
    for (const r of rows) {
      expect(Number.isInteger(r.rent) && Number.isInteger(r.consumption)).toBe(true);
      expect(r.consumption).toBeGreaterThanOrEqual(550);
      expect(r.consumption).toBeLessThanOrEqual(1200);
      expect(r.area).toBeGreaterThanOrEqual(20);
      expect(r.area).toBeLessThanOrEqual(130);
      expect(r.rooms).toBeGreaterThanOrEqual(1);
      expect(r.rooms).toBeLessThanOrEqual(5);
    }
    const perM2 = (type: string) => {
      const s = rows.filter((r) => r.housingType === type);
      return s.reduce((a, r) => a + r.rent * 12, 0) / s.reduce((a, r) => a + r.area, 0);
    };
    // Family units are cheaper per m² than youth and elderly units.
    expect(perM2('Familiebolig')).toBeLessThan(perM2('Ungdomsbolig'));
    expect(perM2('Familiebolig')).toBeLessThan(perM2('Ældrebolig'));
  });

  test('spreads family rents incl. consumption around the 4,000 and 6,000 kr bands', () => {
    const family = rows.filter((r) => r.housingType === 'Familiebolig');
    const incl = (r: Row) => r.rent + r.consumption;
    const under = share(family, (r) => incl(r) < 4000);
    const middle = share(family, (r) => incl(r) >= 4000 && incl(r) <= 6000);
    const over = share(family, (r) => incl(r) > 6000);
    expect(under).toBeGreaterThanOrEqual(0.15);
    expect(under).toBeLessThanOrEqual(0.4);
    expect(middle).toBeGreaterThan(0.5);
    expect(over).toBeGreaterThanOrEqual(0.05);
  });

  test('has internal lettings, exchanges and a few rent reductions', () => {
    const internal = share(rows, (r) => r.letting === 'Intern venteliste' || r.letting === 'Oprykning');
    expect(internal).toBeGreaterThanOrEqual(0.04);
    expect(internal).toBeLessThanOrEqual(0.12);
    expect(rows.some((r) => r.letting === 'Bytte')).toBe(true);
    const reduced = rows.filter((r) => r.rentReduction !== null);
    expect(reduced.length).toBeGreaterThanOrEqual(3);
    expect(reduced.length).toBeLessThanOrEqual(10);
    for (const r of reduced) expect(r.rentReduction).toBeLessThan(r.rent);
  });

  test('gives departments 103, 106, 118 and 130 several one-room family units', () => {
    const oneRooms = (dept: number) => rows.filter((r) => r.department === dept && r.rooms === 1 && r.housingType === 'Familiebolig').length;
    expect([103, 106, 118, 130].filter((dept) => oneRooms(dept) < 3)).toEqual([]);
  });

  test('marks area status per department, a few of them', () => {
    const statusByDept = new Map<string, Set<string>>();
    for (const r of rows) {
      const key = String(r.department);
      statusByDept.set(key, (statusByDept.get(key) ?? new Set()).add(r.areaStatus));
    }
    for (const statuses of statusByDept.values()) expect(statuses.size).toBe(1);
    const depts = (status: string) => [...statusByDept.values()].filter((s) => s.has(status)).length;
    expect(depts('Udsat boligområde')).toBe(1);
    expect(depts('Forebyggelsesområde')).toBeGreaterThanOrEqual(1);
    expect(depts('Omdannelsesområde')).toBe(1);
    expect(depts('Parallelsamfund')).toBeLessThanOrEqual(1);
    expect(depts('')).toBeGreaterThan(statusByDept.size / 2);
  });
});
