import { readFileSync } from 'fs';
import { join } from 'path';
import { Agreement, AllocationState, allocate, CellValue, loadAgreement, readSheet } from '../../src/core';
import { resultCells, ResultCell } from '../../src/core/results/resultCells';

export function randers(): Agreement {
  const r = loadAgreement(readFileSync(join(__dirname, '..', '..', 'rules', 'randers-bolig.json'), 'utf8'), 'randers-bolig');
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.agreement;
}

/** One rule, named like a formula, giving every family unit to the municipality. */
export function formulaNamed(): Agreement {
  return ruleNamed('=SUM(A1)');
}

/** One rule of this name giving every family unit to the municipality. */
export function ruleNamed(name: string): Agreement {
  const json = {
    id: 'formelnavn',
    name: 'Regel med et navn der ligner en formel',
    pools: [],
    rules: [{ name, conditions: { all: [{ fact: 'housingType', operator: 'equal', value: 'familie' }] }, event: { type: 'allocate' } }],
  };
  const r = loadAgreement(JSON.stringify(json), 'formelnavn');
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.agreement;
}

export const HEADERS = ['Lejemål', 'Afdeling', 'Boligtype', 'Husleje', 'Forbrug', 'Ledig fra', 'Udlejning', 'Noter'];

/** Eight columns (A–H), six vacancies: three cheap family units, a dearer one, a youth unit, an internal letting. */
export function smallSheet(): CellValue[][] {
  return [
    HEADERS,
    ['1001', '103', 'Familiebolig', 3100, 600, '2024-01-02', null, 'nøgle hos vicevært'],
    ['1002', '103', 'Familiebolig', 3300, 550, '2024-01-03', null, null],
    ['1003', '106', 'Familiebolig', 2900, 700, '2024-01-04', null, null],
    ['1004', '106', 'Familiebolig', 4800, 800, '2024-01-05', null, null],
    ['1005', '118', 'Ungdomsbolig', 2500, 400, '2024-01-06', null, null],
    ['1006', '118', 'Familiebolig', 3000, 500, '2024-01-07', 'Intern', null],
  ];
}

/** Three more cheap family units, vacant later: they continue the pool's count. */
export function laterRows(): CellValue[][] {
  return [
    ['1007', '130', 'Familiebolig', 3200, 600, '2024-02-01', null, null],
    ['1008', '130', 'Familiebolig', 3400, 500, '2024-02-02', null, null],
    ['1009', '130', 'Familiebolig', 3500, 450, '2024-02-03', null, null],
  ];
}

/** What the core decides for a sheet given as cells from A1, as the five result cells per sheet row. */
export async function expectedResults(table: CellValue[][], agreement: Agreement, state: AllocationState | null = null): Promise<Map<number, ResultCell[]>> {
  const sheet = readSheet(table);
  if (!sheet.ok) throw new Error(sheet.error.code);
  const result = await allocate(sheet.rows, agreement, state);
  return new Map(result.decisions.map((d) => [d.row, resultCells(d, agreement)]));
}

/** A realistic vacancy list of n rows (fourteen columns), the same every time. */
export function bigSheet(n: number): CellValue[][] {
  let seed = 20240101;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const types = ['Familiebolig', 'Familiebolig', 'Familiebolig', 'Ungdomsbolig', 'Ældrebolig'];
  const areas = ['', '', '', '', 'Udsat boligområde', 'Forebyggelsesområde'];
  const rows: CellValue[][] = [
    ['Lejemål', 'Boligorganisation', 'Afdeling', 'Adresse', 'Boligtype', 'Rum', 'Areal', 'Husleje', 'Forbrug', 'Ledig fra', 'Områdestatus', 'Udlejning', 'Huslejenedsættelse', 'Bemærkning'],
  ];
  for (let i = 0; i < n; i++) {
    const rooms = 1 + Math.floor(next() * 5);
    const area = 30 + rooms * 18 + Math.floor(next() * 15);
    const rent = Math.round((area * (700 + next() * 500)) / 12);
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor((i * 365) / n) * 86_400_000).toISOString().slice(0, 10);
    rows.push([
      String(100000 + i),
      'Randers Bolig',
      String(100 + Math.floor(next() * 40)),
      `Vestergade ${1 + (i % 180)}, ${1 + (i % 4)}. tv, 8900 Randers C`,
      types[Math.floor(next() * types.length)],
      rooms,
      area,
      rent,
      550 + Math.floor(next() * 650),
      day,
      areas[Math.floor(next() * areas.length)],
      next() < 0.1 ? 'Intern' : '',
      next() < 0.05 ? 500 : null,
      next() < 0.2 ? 'Nyistandsat køkken' : null,
    ]);
  }
  return rows;
}
