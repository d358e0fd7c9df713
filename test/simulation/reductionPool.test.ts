import { simulate } from '../../src/core/simulation';
import { ALL, NONE, sheetRows } from './fixtures';

// The pool: 1,250 kr a month off for the first N municipal vacancies (Ledig fra order, ties in sheet
// order) whose rent without consumption is 4,500–6,500 kr inclusive; at most one grant a unit.
const rows = sheetRows([
  { id: 'A', date: '2024-01-10', rent: 4600, consumption: 500 }, //  eligible, but last in date order: 5100 − 1250 = 3850
  { id: 'B', date: '2024-01-03', rent: 4499, consumption: 0 }, //    4,499 < 4,500: not eligible
  { id: 'C', date: '2024-01-05', rent: 6501, consumption: 0 }, //    6,501 > 6,500: not eligible
  { id: 'D', date: '2024-01-05', rent: 6500, consumption: 0, reduction: 1500 }, // eligible at the top; 6500 − 1500 − 1250 = 3750
  { id: 'E', date: '2024-01-05', rent: 4500, consumption: 800 }, //  eligible at the bottom; 5300 − 1250 = 4050, not lifted
  { id: 'F', date: '2024-01-08', rent: 5000, consumption: 1000 }, // eligible; 6000 − 1250 = 4750, still not affordable
]);
// Decision order: B (3.), C, D, E (5., sheet order), F (8.), A (10.). Eligible in that order: D, E, F, A.
// Without the pool nothing is affordable (B 4499, C 6501, D 5000, E 5300, F 6000, A 5100).

test('the first N eligible in Ledig fra order get it; bounds inclusive', async () => {
  // N = 3: D, E, F. Lifted: D (3750) only; E (4050) and F (4750) stay above; A got none although it is
  // first in the sheet (in sheet order, or with E's 4,500 excluded, A would be lifted too).
  const v = (await simulate(rows, [ALL, NONE], { reductionUnits: 3 })).variants[0];
  expect(v).toMatchObject({ affordable: 0, reductionsUsed: 3, affordableWithReduction: 1 });
});

test('N beyond the eligible units: each gets one grant, no more', async () => {
  // N = 10: D, E, F, A get one each (4 used). Lifted: D and A (3850). F would need two grants (6000 − 2500) and gets one.
  const v = (await simulate(rows, [ALL, NONE], { reductionUnits: 10 })).variants[0];
  expect(v).toMatchObject({ reductionsUsed: 4, affordableWithReduction: 2 });
});

test('N = 1 goes to D, before E on the same day by sheet order; N = 0 changes nothing', async () => {
  expect((await simulate(rows, [ALL, NONE], { reductionUnits: 1 })).variants[0]).toMatchObject({ reductionsUsed: 1, affordableWithReduction: 1 });
  expect((await simulate(rows, [ALL, NONE])).variants[0]).toMatchObject({ reductionsUsed: 0, affordableWithReduction: 0 });
});

test('the pool spans the whole history, spent in the earliest year', async () => {
  const twoYears = sheetRows([
    { id: 'early', date: '2023-12-29', rent: 4500, consumption: 600 }, // 5100 − 1250 = 3850
    { id: 'late', date: '2024-01-02', rent: 4500, consumption: 600 },
  ]);
  const v = (await simulate(twoYears, [ALL, NONE], { reductionUnits: 1 })).variants[0];
  expect(v.perYear.map((y) => [y.year, y.affordableWithReduction, y.reductionsUsed])).toEqual([
    [2023, 1, 1],
    [2024, 0, 0],
  ]);
});
