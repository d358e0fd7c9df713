import { simulate } from '../../src/core/simulation';
import { ALL, NONE, sheetRows } from './fixtures';

// Affordable = rentInclConsumption − rentReduction ≤ threshold (default 4,000 kr).
const rows = sheetRows([
  { id: 'exactly', date: '2024-01-02', incl: 4000 }, //                4000 − 0   = 4000 ≤ 4000 → affordable
  { id: 'one-ore-over', date: '2024-01-03', incl: 4000.01 }, //        4000.01     > 4000   → not
  { id: 'reduced-to-limit', date: '2024-01-04', incl: 4500, reduction: 500 }, // 4500 − 500 = 4000 → affordable
  { id: 'reduced-not-enough', date: '2024-01-05', incl: 4500, reduction: 499 }, // 4001 → not
  { id: 'no-rent', date: '2024-01-08' }, //                            unknown rent → not
  { id: 'derived', date: '2024-01-09', rent: 3000, consumption: 999 }, // 3000 + 999 = 3999 → affordable
]);

test('at exactly the threshold, with and without the sheet’s rent reduction', async () => {
  const { variants } = await simulate(rows, [ALL, NONE]);
  // 6 to the municipality; affordable: exactly, reduced-to-limit, derived = 3; share 3/6.
  expect(variants[0]).toMatchObject({ agreement: 'alle', municipality: 6, affordable: 3, affordableShare: 0.5, affordableWithReduction: 3, unusableUnits: 3 });
  expect(variants[1]).toMatchObject({ agreement: 'ingen', municipality: 0, affordable: 0, affordableShare: 0, vacancyRentCost: 0 });
});

test('the threshold is the user’s', async () => {
  // At 4,500: exactly (4000), one-ore-over (4000.01), reduced-* (4000, 4001), derived (3999) = 5; no-rent never.
  const at4500 = (await simulate(rows, [ALL, NONE], { affordable: 4500 })).variants[0];
  expect(at4500.affordable).toBe(5);
  // At 3,999: only derived.
  const at3999 = (await simulate(rows, [ALL, NONE], { affordable: 3999 })).variants[0];
  expect(at3999.affordable).toBe(1);
  expect(at3999.affordableShare).toBeCloseTo(1 / 6, 10);
});
