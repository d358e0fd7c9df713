import { simulate } from '../../src/core/simulation';
import { ALL, NONE, sheetRows } from './fixtures';

test('per calendar year of Ledig fra, a year without vacancies included; each year rounded on its own', async () => {
  const rows = sheetRows([
    { id: 'a', date: '2022-12-30', rent: 3000, consumption: 500 }, // 2022: affordable
    // Fri 30 Dec 2022 + 7 working days = Tue 10 Jan 2023: 11 days. 4096 × 12 / 365 × 11 = 1,481.29 → 1,481 kr
    { id: 'b', date: '2022-12-30', rent: 4096, consumption: 600 },
    // Sat 6 Jan 2024: 10 days. 4700 × 12 / 365 × 10 = 1,545.21 → 1,545 kr
    { id: 'c', date: '2024-01-06', rent: 4700, consumption: 600 },
    { id: 'd', date: '2024-02-01', rent: 3500, consumption: 500 }, // 2024: affordable (4,000 exactly)
    { id: 'e', date: '2024-03-01', rent: 3000, consumption: 500 }, // 2024: affordable
  ]);
  const v = (await simulate(rows, [ALL, NONE])).variants[0];
  expect(v.perYear).toEqual([
    { year: 2022, municipality: 2, affordable: 1, affordableShare: 0.5, affordableWithReduction: 1, reductionsUsed: 0, vacancyRentCost: 1481, unusableUnits: 1 },
    { year: 2023, municipality: 0, affordable: 0, affordableShare: 0, affordableWithReduction: 0, reductionsUsed: 0, vacancyRentCost: 0, unusableUnits: 0 },
    { year: 2024, municipality: 3, affordable: 2, affordableShare: 2 / 3, affordableWithReduction: 2, reductionsUsed: 0, vacancyRentCost: 1545, unusableUnits: 1 },
  ]);
  // The whole history: 1,481.29 + 1,545.21 = 3,026.50 → 3,027 (not 1,481 + 1,545 = 3,026).
  expect(v).toMatchObject({ municipality: 5, affordable: 3, vacancyRentCost: 3027 });
});
