import { join } from 'path';
import { cli, readXlsx, rules, tempDir, writeCsv } from './harness';

// Family units over two years. Under standard-25 (every 4th family unit) and Randers (every 3rd under
// 4,000 incl.; every 6th at 4,000–6,000) – worked out below.
const H = ['Lejemål', 'Afdeling', 'Boligtype', 'Husleje', 'Forbrug', 'Ledig fra', 'Områdestatus'];
const SHEET = [
  H,
  ['1', '10', 'Familiebolig', '3000', '500', '2023-01-02', ''], //     3,500
  ['2', '10', 'Familiebolig', '5000', '700', '2023-01-03', ''], //     5,700
  ['3', '11', 'Familiebolig', '3200', '600', '2023-01-04', 'udsat'], // 3,800
  ['4', '11', 'Familiebolig', '6000', '900', '2023-01-05', ''], //     6,900: Thu → 11 days
  ['5', '12', 'Familiebolig', '3100', '500', '2024-01-02', ''], //     3,600
  ['6', '12', 'Familiebolig', '3100', '500', '2024-01-03', ''], //     3,600
  ['7', '12', 'Familiebolig', '4500', '700', '2024-01-04', ''], //     5,200
  ['8', '13', 'Familiebolig', '3300', '500', '2024-01-05', ''], //     3,800
];
// standard-25: positions 1–8, municipality gets 4 (6,900 incl., 2023) and 8 (3,800, 2024): 2, affordable 1.
//   Vacancy rent for 4: Thu 5 Jan 2023 + 7 working days = Mon 16 Jan: 11 days; 6000 × 12 / 365 × 11 = 2,169.86 → 2,170 kr.
// randers-bolig: under-4000 holds 1 3 5 6 8 (positions 1–5) → 5 (3rd); 4000-6000 holds 2 7 → none (every 6th).
//   Municipality 1 (unit 5, 2024), affordable 1, no vacancy rent.
// Waiting list, --queue 1 --arrivals 0: one citizen from 1 Jan 2023. standard-25 serves them on 5 Jan 2024
// (369 days); Randers on 2 Jan 2024 (366 days).

async function run(...extra: string[]) {
  const d = tempDir();
  const input = writeCsv(d, 'historik.csv', SHEET);
  return cli('simulate', '--agreements', rules('standard-25'), rules('randers-bolig'), '--input', input, ...extra);
}

describe('simulate', () => {
  test('--format json: one object, the variants in the order given, the figures worked out above', async () => {
    const { code, out, err } = await run('--format', 'json', '--queue', '1');
    expect(err).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(['variants', 'params']);
    expect(doc.params).toEqual({ affordable: 4000, reductionUnits: 0, answerDays: 7, queue: 1, arrivals: 0 });
    const [standard, randers] = doc.variants;
    expect(standard).toMatchObject({ agreement: 'standard-25', municipality: 2, affordable: 1, affordableWithReduction: 1, vacancyRentCost: 2170, averageWaitDays: 369, served: 1, queueAtEnd: 0 });
    expect(randers).toMatchObject({ agreement: 'randers-bolig', municipality: 1, affordable: 1, affordableWithReduction: 1, vacancyRentCost: 0, averageWaitDays: 366 });
    expect(standard.perYear).toEqual([
      { year: 2023, municipality: 1, affordable: 0, affordableShare: 0, affordableWithReduction: 0, reductionsUsed: 0, vacancyRentCost: 2170, unusableUnits: 1 },
      { year: 2024, municipality: 1, affordable: 1, affordableShare: 1, affordableWithReduction: 1, reductionsUsed: 0, vacancyRentCost: 0, unusableUnits: 0 },
    ]);
    expect(standard.spread.largestDepartment).toEqual({ department: '11', count: 1, share: 0.5 });
    expect(standard.queueByMonth).toHaveLength(13);
  });

  test('the parameters reach the core', async () => {
    // --affordable 7000: both of standard-25's units are affordable; --answer-days 1: (had it been unaffordable) irrelevant.
    const doc = JSON.parse((await run('--format', 'json', '--affordable', '7000', '--answer-days', '1', '--reduction-units', '2', '--arrivals', '3')).out);
    expect(doc.params).toEqual({ affordable: 7000, reductionUnits: 2, answerDays: 1, queue: 0, arrivals: 3 });
    expect(doc.variants[0]).toMatchObject({ affordable: 2, vacancyRentCost: 0 });
  });

  test('the default table compares the variants side by side, in Danish', async () => {
    const { code, out } = await run();
    expect(code).toBe(0);
    expect(out).toMatch(/Resultat\s+standard-25\s+randers-bolig/);
    expect(out).toMatch(/Kommunale boliger\s+2\s+1\n/);
    expect(out).toMatch(/heraf betalbare \(højst 4\.000 kr\.\)\s+1\s+1\n/);
    expect(out).toMatch(/Andel betalbare\s+50,0 %\s+100,0 %/);
    expect(out).toMatch(/Tomgangsleje\s+2\.170 kr\.\s+0 kr\./);
    expect(out).toMatch(/Største andel i én afdeling\s+afd\. 11: 1 \(50,0 %\)\s+afd\. 12: 1 \(100,0 %\)/);
    expect(out).toMatch(/2023\s+standard-25\s+1\s+0\s+0,0 %\s+0\s+2\.170 kr\./);
  });

  test('--output writes the comparison workbook with its three sheets and a note about charts', async () => {
    const path = join(tempDir(), 'sammenligning.xlsx');
    const { code, out } = await run('--output', path);
    expect(code).toBe(0);
    expect(out).toContain(`Resultatet er skrevet til ${path}`);
    const comparison = await readXlsx(path, 'Sammenligning');
    expect(String(comparison[1][0])).toMatch(/diagram/i);
    const header = comparison.findIndex((r) => r[0] === 'Aftale');
    expect(comparison[header + 1].slice(0, 4)).toEqual(['standard-25', expect.any(String), 2, 1]);
    expect(comparison[header + 1][7]).toBe(2170);
    expect((await readXlsx(path, 'Pr. år'))[1]).toEqual(['År', 'standard-25', 'randers-bolig', null, null, null, null]);
    expect((await readXlsx(path, 'Venteliste'))[2][0]).toBe('januar 2023');
  });

  test.each([
    [['--agreements', 'rules/standard-25.json'], /mindst to aftaler/],
    [['--queue', '1,5'], /--queue skal være et helt tal/],
    [['--answer-days', '-1'], /--answer-days skal være et helt tal/],
    [['--output', 'ud.csv'], /kun skrives som Excel-projektmappe \(\.xlsx\)/],
    [['--format', 'xml'], /Formatet "xml" kendes ikke/],
  ])('usage mistakes exit 2 with a Danish message: %j', async (extra, message) => {
    const d = tempDir();
    const input = writeCsv(d, 'h.csv', SHEET);
    const args = extra[0] === '--agreements' ? ['simulate', ...extra, '--input', input] : ['simulate', '--agreements', rules('standard-25'), rules('randers-bolig'), '--input', input, ...extra];
    const { code, err } = await cli(...args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  test('a missing agreement file or a sheet without Lejemål exits 1', async () => {
    const d = tempDir();
    const input = writeCsv(d, 'h.csv', SHEET);
    expect((await cli('simulate', '--agreements', rules('standard-25'), join(d, 'findes-ikke.json'), '--input', input)).code).toBe(1);
    const noUnit = writeCsv(d, 'x.csv', [
      ['Afdeling', 'Husleje'],
      ['1', '3000'],
    ]);
    const r = await cli('simulate', '--agreements', rules('standard-25'), rules('randers-bolig'), '--input', noUnit);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/mangler kolonnen "Lejemål"/);
  });
});

describe('sweep', () => {
  async function sweep(...extra: string[]) {
    const d = tempDir();
    return cli('sweep', '--agreement', rules('randers-bolig'), '--input', writeCsv(d, 'h.csv', SHEET), ...extra);
  }

  test('--format json: the variants with their settings, reached first and cheapest first', async () => {
    // under-4000 holds 1 3 5 6 8 over 2 years (2023, 2024). every 1: 5 affordable → 2.5 a year; every 2: 3 and 6 → 1;
    // every 3: 5 → 0.5. Target 1: every 1 and 2 reach it, both without vacancy rent; every 2 has fewer municipal units.
    const { code, out, err } = await sweep('--every', 'under-4000=1..3', '--target', '1', '--format', 'json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc).toMatchObject({ agreement: 'randers-bolig', target: 1, years: [2023, 2024] });
    expect(doc.variants.map((v: Record<string, unknown>) => [v.settings, v.averageAffordablePerYear, v.vacancyRentCost, v.municipality, v.reached])).toEqual([
      [{ 'every:under-4000': 2 }, 1, 0, 2, true],
      [{ 'every:under-4000': 1 }, 2.5, 0, 5, true],
      [{ 'every:under-4000': 3 }, 0.5, 0, 1, false],
    ]);
  });

  test('the threshold option moves the band edge; the table is Danish', async () => {
    // At 3,700 the under pool holds 1 5 6 (3,500, 3,600, 3,600); 3 and 8 (3,800) move to 4000-6000.
    // every 1: all three affordable over two years → 1.5 a year.
    const { code, out } = await sweep('--every', 'under-4000=1', '--threshold', 'rentInclConsumption:4.000=3700', '--target', '1');
    expect(code).toBe(0);
    expect(out).toContain('Mål: mindst 1 betalbare kommunale boliger om året (gennemsnit over 2 år: 2023, 2024).');
    expect(out).toMatch(/1 af 1 varianter når målet/);
    expect(out).toMatch(/1\s+3\.700\s+1,5\s+3\s+0 kr\.\s+ja/);
  });

  test.each([
    [[], /mindst ét af --every og --threshold/],
    [['--every', 'under-4000:2..4'], /--every skrives PULJE=FRA\.\.TIL/],
    [['--every', 'under-4000=4..2'], /FRA må ikke være større end TIL/],
    [['--threshold', 'rentInclConsumption:4000=3500..4500'], /--threshold skrives/],
    [['--every', 'under-5000=2..3'], /ingen pulje "under-5000"/],
    [['--threshold', 'rentInclConsumption:4100=3500..4500:250'], /Ingen betingelse/],
    [['--every', 'under-4000=2', '4000-6000=5', '--threshold', 'rentInclConsumption:4000=3900'], /højst varieres 2 tal/],
    [['--every', 'under-4000=1..50', '--threshold', 'rentInclConsumption:4000=3000..4000:100'], /højst 100/],
  ])('usage mistakes exit 2: %j', async (grid, message) => {
    const { code, err } = await sweep(...grid, '--target', '1');
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  test('--target is required', async () => {
    const { code, err } = await sweep('--every', 'under-4000=2');
    expect(code).toBe(2);
    expect(err).toMatch(/--target skal angives/);
  });
});

test('--help lists both commands', async () => {
  const { out } = await cli('--help');
  expect(out).toMatch(/anvisning simulate --agreements FIL FIL …/);
  expect(out).toMatch(/anvisning sweep\s+--agreement FIL/);
});
