import { checkLettings } from '../../src/core/check/checkLettings';
import { checkTables } from '../../src/core/check/report';
import { bundled } from '../helpers';
import { cli, rules, tempDir, writeCsv } from '../cli/harness';

/**
 * A hand-made lettings log under the Randers agreement (every 3rd family unit under 4,000 kr to the
 * municipality). Worked out by hand, row by row:
 *   row 2  A1  under-4000 #1 → waitlist;      let from the waiting list          ok
 *   row 3  A2  #2 → waitlist;                 let to the municipality            deviation (waitlist → municipality)
 *   row 4  A3  #3 → municipality;             let from the waiting list, no offer deviation (municipality → waitlist)
 *   row 5  A4  #4, row 6 A5 #5 → waitlist;    waiting list                       ok
 *   row 7  A6  #6 → municipality;             offered 08-01, declined, waiting list: delivered (declined), ok
 *   row 8  I1  internal → excluded;           let to the municipality            deviation (excluded → municipality)
 *   row 9  B1  4000-6000 #1 → waitlist;       not let yet                        ok
 *   row 10 A7 #7, row 11 A8 #8 → waitlist;    waiting list                       ok
 *   row 12 A9  #9 → municipality;             not let, not offered               pending
 *   row 13 A10 #10 → waitlist;                "Måske" in Udlejet til             unreadable
 * Pools: under-4000 counted 10, entitled 3 (#3, #6, #9), delivered 2 (A2, A6), declined 1.
 */
const H = ['Lejemål', 'Boligtype', 'Husleje', 'Ledig fra', 'Udlejning', 'Udlejet til', 'Tilbudt kommunen', 'Kommunens svar'];
const LOG = [
  H,
  ['A1', 'familie', 3000, '2024-01-01', '', 'Venteliste', '', ''],
  ['A2', 'familie', 3000, '2024-01-02', '', 'Kommunen', '', ''],
  ['A3', 'familie', 3000, '2024-01-03', '', 'Ventelisten', '', ''],
  ['A4', 'familie', 3000, '2024-01-04', '', 'Venteliste', '', ''],
  ['A5', 'familie', 3000, '2024-01-05', '', 'Venteliste', '', ''],
  ['A6', 'familie', 3000, '2024-01-06', '', 'Venteliste', '08-01-2024', 'Afvist'],
  ['I1', 'familie', 3000, '2024-01-07', 'Intern', 'Kommune', '', ''],
  ['B1', 'familie', 5000, '2024-01-08', '', '', '', ''],
  ['A7', 'familie', 3000, '2024-01-09', '', 'Venteliste', '', ''],
  ['A8', 'familie', 3000, '2024-01-10', '', 'Venteliste', '', ''],
  ['A9', 'familie', 3000, '2024-01-11', '', '', '', ''],
  ['A10', 'familie', 3000, '2024-01-12', '', 'Måske', '', ''],
];

test('pools: what the agreement entitles the municipality to, and what it was offered', async () => {
  const r = await checkLettings(LOG, bundled('randers-bolig'), null);
  if (!r.ok) throw new Error(r.error);
  expect(r.result.pools).toEqual([
    { pool: 'under-4000', label: 'Under 4.000 kr. inkl. forbrug', counted: 10, entitled: 3, delivered: 2, declined: 1 },
    { pool: '4000-6000', label: '4.000–6.000 kr. inkl. forbrug', counted: 1, entitled: 0, delivered: 0, declined: 0 },
  ]);
});

test('deviations: the vacancy, what the agreement says, what happened, and why', async () => {
  const r = await checkLettings(LOG, bundled('randers-bolig'), null);
  if (!r.ok) throw new Error(r.error);
  expect(r.result.deviations).toEqual([
    {
      row: 3,
      unitId: 'A2',
      expected: 'waitlist',
      actual: 'municipality',
      reason: "2. bolig i puljen 'Under 4.000 kr. inkl. forbrug' gik til kommunen, men efter aftalen skulle den udlejes fra ventelisten",
    },
    { row: 4, unitId: 'A3', expected: 'municipality', actual: 'waitlist', reason: "3. bolig i puljen 'Under 4.000 kr. inkl. forbrug' skulle være tilbudt kommunen, men blev udlejet fra ventelisten" },
    { row: 8, unitId: 'I1', expected: 'excluded', actual: 'municipality', reason: 'Lejemål I1 er undtaget efter aftalen, men gik til kommunen' },
  ]);
  expect(r.result.pending).toEqual([{ row: 12, unitId: 'A9', reason: expect.stringContaining('endnu ikke udlejet') }]);
  expect(r.result.unreadable).toEqual([{ row: 13, message: expect.stringMatching(/^Række 13, kolonne 'Udlejet til' \(F\): "Måske"/) }]);
});

test('excluded vacancies let from the waiting list are no deviation', async () => {
  const r = await checkLettings([H, ['I', 'familie', 3000, '2024-01-01', 'Intern', 'Venteliste', '', '']], bundled('randers-bolig'), null);
  if (!r.ok) throw new Error(r.error);
  expect(r.result.deviations).toEqual([]);
});

test('a starting state continues the counters: with under-4000 at 1, A2 is the 3rd and A3 the 4th', async () => {
  const state = { agreement: 'randers-bolig', counters: { 'under-4000': 1 }, capUse: {}, ledger: [] };
  const r = await checkLettings(LOG.slice(0, 4), bundled('randers-bolig'), state);
  if (!r.ok) throw new Error(r.error);
  // A1 #2 waitlist (waiting list: ok), A2 #3 municipality (let to the municipality: ok), A3 #4 waitlist (ok).
  expect(r.result.decisions.map((d) => d.position)).toEqual([2, 3, 4]);
  expect(r.result.deviations).toEqual([]);
  expect(r.result.pools[0]).toMatchObject({ counted: 3, entitled: 1, delivered: 1 });
});

test('a log without Udlejet til is refused, naming the columns found', async () => {
  const r = await checkLettings(
    [
      ['Lejemål', 'Husleje'],
      ['A', 1],
    ],
    bundled('randers-bolig'),
    null,
  );
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error).toContain('"Udlejet til"');
  expect(r.error).toContain('"Lejemål", "Husleje"');
});

describe('anvisning check', () => {
  test('--format json prints exactly the agreed shape', async () => {
    const d = tempDir();
    const { code, out } = await cli('check', '--agreement', rules('randers-bolig'), '--input', writeCsv(d, 'log.csv', LOG as (string | number)[][]), '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      agreement: 'randers-bolig',
      pools: [
        { pool: 'under-4000', counted: 10, entitled: 3, delivered: 2 },
        { pool: '4000-6000', counted: 1, entitled: 0, delivered: 0 },
      ],
      deviations: [
        { row: 3, unitId: 'A2', expected: 'waitlist', actual: 'municipality' },
        { row: 4, unitId: 'A3', expected: 'municipality', actual: 'waitlist' },
        { row: 8, unitId: 'I1', expected: 'excluded', actual: 'municipality' },
      ],
    });
  });

  test('the table lists pools with the difference, deviations with their sentence, pending and unreadable rows', async () => {
    const d = tempDir();
    const { code, out } = await cli('check', '--agreement', rules('randers-bolig'), '--input', writeCsv(d, 'log.csv', LOG as (string | number)[][]));
    expect(code).toBe(0);
    expect(out).toMatch(/Under 4\.000 kr\. inkl\. forbrug\s+10\s+3\s+2\s+-1\s+1/);
    expect(out).toContain('Afvigelser (3)');
    expect(out).toContain("Række 4: 3. bolig i puljen 'Under 4.000 kr. inkl. forbrug' skulle være tilbudt kommunen, men blev udlejet fra ventelisten");
    expect(out).toContain('Ikke udlejet endnu (1)');
    expect(out).toContain('"Måske" er ikke en kendt udlejning');
  });

  test('--output writes a report workbook with the pool table and the deviations as Excel tables', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const d = tempDir();
    const output = `${d}/kontrol.xlsx`;
    const { code } = await cli('check', '--agreement', rules('randers-bolig'), '--input', writeCsv(d, 'log.csv', LOG as (string | number)[][]), '--output', output);
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Puljer', 'Afvigelser', 'Ikke udlejet endnu', 'Rækker der ikke kan læses']);
    expect(wb.getWorksheet('Rækker der ikke kan læses')!.getRow(2).values).toEqual([undefined, 13, expect.stringContaining('"Måske"')]);
    expect(wb.getWorksheet('Afvigelser')!.getRow(3).values).toEqual([undefined, 4, 'A3', 'Kommunal anvisning', 'Ventelisten', expect.stringContaining('skulle være tilbudt kommunen')]);
  });
});

test('a title row above the log is skipped: the same deviations, one row further down', async () => {
  const r = await checkLettings([['Udlejninger 2024'], ...LOG], bundled('randers-bolig'), null);
  if (!r.ok) throw new Error(r.error);
  expect(r.result.deviations.map((d) => [d.row, d.unitId])).toEqual([
    [4, 'A2'],
    [5, 'A3'],
    [9, 'I1'],
  ]);
  expect(r.result.unreadable.map((u) => u.row)).toEqual([14]);
});

test('the report lists what could not be checked: vacancies not let yet and unreadable rows, with their row numbers', async () => {
  const r = await checkLettings(LOG, bundled('randers-bolig'), null);
  if (!r.ok) throw new Error(r.error);
  const tables = checkTables(r.result);
  expect(tables.map((t) => t.title)).toEqual(['Puljer', 'Afvigelser', 'Ikke udlejet endnu', 'Rækker der ikke kan læses']);
  expect(tables[2].rows).toEqual([[12, expect.stringContaining('endnu ikke udlejet')]]);
  expect(tables[3].rows).toEqual([[13, expect.stringContaining('"Måske"')]]);
  const clean = await checkLettings(LOG.slice(0, 9), bundled('randers-bolig'), null);
  if (!clean.ok) throw new Error(clean.error);
  expect(checkTables(clean.result).map((t) => t.title)).toEqual(['Puljer', 'Afvigelser']);
});
