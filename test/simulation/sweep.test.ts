import { AgreementFile } from '../../src/core';
import { GridDimension, sweep } from '../../src/core/simulation';
import { variantFile } from '../../src/core/simulation/agreementVariant';
import { bundled } from '../helpers';
import { sheetRows } from './fixtures';

const randers = bundled('randers-bolig').source;
type Leaf = { fact: string; operator: string; value: number };
const leaves = (file: AgreementFile, rule: number) => (file.rules[rule].conditions.all as Leaf[]).filter((c) => c.fact === 'rentInclConsumption');

test('the threshold moves both Randers band edges together, and nothing else', () => {
  const grid: GridDimension[] = [{ kind: 'threshold', fact: 'rentInclConsumption', from: 4000, values: [3750] }];
  const moved = variantFile(randers, grid, [3750]);
  expect(leaves(moved, 1).map((c) => [c.operator, c.value])).toEqual([['lessThan', 3750]]);
  expect(leaves(moved, 2).map((c) => [c.operator, c.value])).toEqual([
    ['greaterThanInclusive', 3750],
    ['lessThanInclusive', 6000],
  ]);
  // The original is untouched: variants are deep copies.
  expect(leaves(randers, 1)[0].value).toBe(4000);
  expect(leaves(randers, 2)[0].value).toBe(4000);
});

test('a pool’s every is set; an explicit phase beyond it is brought inside', () => {
  const privat = bundled('privat-udlejer').source; // every 4, phase 1
  expect(variantFile(privat, [{ kind: 'every', pool: 'alle', values: [2] }], [2]).pools![0]).toMatchObject({ every: 2, phase: 1 });
  const phased: AgreementFile = { ...privat, pools: [{ name: 'alle', every: 4, phase: 4 }] };
  expect(variantFile(phased, [{ kind: 'every', pool: 'alle', values: [3] }], [3]).pools![0]).toMatchObject({ every: 3, phase: 3 });
});

describe('sweep over every × threshold on Randers', () => {
  // Six family units in one year (2024), so the yearly average is the total.
  const rows = sheetRows([
    { id: 'u1', date: '2024-01-01', rent: 2500, consumption: 500 }, // 3,000
    { id: 'u2', date: '2024-01-02', rent: 2500, consumption: 500 }, // 3,000
    { id: 'u3', date: '2024-01-03', rent: 3400, consumption: 500 }, // 3,900
    { id: 'u4', date: '2024-01-03', rent: 2500, consumption: 500 }, // 3,000
    { id: 'u5', date: '2024-01-04', rent: 4000, consumption: 500 }, // 4,500: not affordable; Thu → 11 days
    { id: 'u6', date: '2024-01-05', rent: 2500, consumption: 500 }, // 3,000
  ]);
  // Band edge 4,000: the under pool holds u1 u2 u3 u4 u6 (positions 1–5); u5 is 1st in 4000-6000 (every 6: not taken).
  //   every 1 → all five, affordable 5; every 2 → u2 u4 (2); every 3 → u3 (1). No vacancy rent.
  // Band edge 4,600: the under pool holds all six, u5 at position 5.
  //   every 1 → six, affordable 5, u5 costs 4000 × 12 / 365 × 11 = 1,446.5753 → 1,446.58 → 1,447 kr;
  //   every 2 → u2 u4 u6 (3); every 3 → u3 u6 (2). No vacancy rent.
  const grid: GridDimension[] = [
    { kind: 'every', pool: 'under-4000', values: [1, 2, 3] },
    { kind: 'threshold', fact: 'rentInclConsumption', from: 4000, values: [4000, 4600] },
  ];

  test('reached variants cheapest first (ties: fewer municipal units), then the rest, closest first', async () => {
    const outcome = await sweep(rows, randers, grid, 2);
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    const brief = outcome.result.variants.map((v) => [
      v.settings['every:under-4000'],
      v.settings['threshold:rentInclConsumption:4000'],
      v.averageAffordablePerYear,
      v.municipality,
      v.vacancyRentCost,
      v.reached,
    ]);
    expect(brief).toEqual([
      // cost 0, municipal 2: grid order breaks the tie between (2, 4000) and (3, 4600)
      [2, 4000, 2, 2, 0, true],
      [3, 4600, 2, 2, 0, true],
      [2, 4600, 3, 3, 0, true],
      [1, 4000, 5, 5, 0, true],
      [1, 4600, 5, 6, 1447, true],
      [3, 4000, 1, 1, 0, false],
    ]);
    expect(outcome.result).toMatchObject({ agreement: 'randers-bolig', target: 2, years: [2024] });
  });

  test('a higher target: none reached, closest to it first', async () => {
    // Tried in the order 3, 1, 2; listed by closeness to the target.
    const outcome = await sweep(rows, randers, [{ kind: 'every', pool: 'under-4000', values: [3, 1, 2] }], 6);
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    expect(outcome.result.variants.map((v) => [v.settings['every:under-4000'], v.averageAffordablePerYear, v.reached])).toEqual([
      [1, 5, false],
      [2, 2, false],
      [3, 1, false],
    ]);
  });

  test('the average is over the calendar years of the history, an empty one included', async () => {
    // The same six in 2024 and one unit in 2022: three years. every 1 at 4,000: 5 + 1 affordable in 3 years = 2 a year.
    const longer = sheetRows([
      { id: 'old', date: '2022-06-01', rent: 2500, consumption: 500 },
      ...rows.map((r) => ({ id: r.unitId, date: r.vacancy!.vacantFrom!, rent: r.vacancy!.rent!, consumption: r.vacancy!.consumption! })),
    ]);
    const outcome = await sweep(longer, randers, [{ kind: 'every', pool: 'under-4000', values: [1] }], 2);
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    expect(outcome.result.years).toEqual([2022, 2023, 2024]);
    expect(outcome.result.variants[0]).toMatchObject({ averageAffordablePerYear: 2, affordable: 6, reached: true });
  });
});

describe('grids that do not fit the agreement', () => {
  const rows = sheetRows([{ id: 'u1', date: '2024-01-01', rent: 2500, consumption: 500 }]);
  test.each<[string, GridDimension[], RegExp]>([
    ['unknown pool', [{ kind: 'every', pool: 'under-5000', values: [2] }], /ingen pulje "under-5000" \(puljer: under-4000, 4000-6000\)/],
    ['no such threshold', [{ kind: 'threshold', fact: 'rentInclConsumption', from: 4500, values: [4000] }], /Ingen betingelse.*"rentInclConsumption".*4500/],
    ['every below 1', [{ kind: 'every', pool: 'under-4000', values: [0] }], /helt tal på mindst 1/],
    [
      'three dimensions',
      [
        { kind: 'every', pool: 'under-4000', values: [2] },
        { kind: 'every', pool: '4000-6000', values: [6] },
        { kind: 'threshold', fact: 'rentInclConsumption', from: 4000, values: [4000] },
      ],
      /højst varieres 2 tal/,
    ],
    [
      'the same twice',
      [
        { kind: 'every', pool: 'under-4000', values: [2] },
        { kind: 'every', pool: 'under-4000', values: [3] },
      ],
      /mere end én gang/,
    ],
  ])('%s', async (_, grid, message) => {
    const outcome = await sweep(rows, randers, grid, 1);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.kind).toBe('grid');
      expect(outcome.errors.join('\n')).toMatch(message);
    }
  });
});
