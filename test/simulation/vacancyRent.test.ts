import { simulate } from '../../src/core/simulation';
import { daysUntilAnswer } from '../../src/core/simulation/calendar';
import { ALL, NONE, sheetRows } from './fixtures';

describe('days until the answer: working days from the day after Ledig fra', () => {
  test('Thursday + 7 working days = the Monday a week and a half later: 11 calendar days', () => {
    // Thu 4 Jan 2024 → Fri 5 (1), Mon 8 (2), Tue 9 (3), Wed 10 (4), Thu 11 (5), Fri 12 (6), Mon 15 (7).
    expect(daysUntilAnswer('2024-01-04', 7)).toBe(11);
  });
  test('Saturday + 7 = Tuesday 16 January: 10 days; Friday + 1 = Monday: 3 days; 0 working days: 0', () => {
    expect(daysUntilAnswer('2024-01-06', 7)).toBe(10);
    expect(daysUntilAnswer('2024-01-05', 1)).toBe(3);
    expect(daysUntilAnswer('2024-01-04', 0)).toBe(0);
  });
  test('across a month end and February 29', () => {
    // Wed 28 Feb 2024 → Thu 29 (1), Fri 1 Mar (2), Mon 4 (3): 5 days.
    expect(daysUntilAnswer('2024-02-28', 3)).toBe(5);
  });
});

describe('vacancy rent for the municipal units it cannot use', () => {
  const rows = sheetRows([
    { id: 'thu', date: '2024-01-04', rent: 4096, consumption: 600 }, // 4,696 incl.: unusable
    { id: 'sat', date: '2024-01-06', rent: 4700, consumption: 600 }, // 5,300 incl.: unusable
    { id: 'cheap', date: '2024-01-04', rent: 3000, consumption: 600 }, // affordable: no vacancy rent
  ]);

  test('rent × 12 / 365 × days, rounded to øre per unit, summed, then to kroner', async () => {
    // thu: 4096 × 12 / 365 × 11 = 1,481.2931… → 1,481.29 kr
    // sat: 4700 × 12 / 365 × 10 = 1,545.2054… → 1,545.21 kr
    // sum 3,026.50 kr → 3,027 kr. (Unrounded: 3,026.4986 → 3,026; whole kroner per unit: 1,481 + 1,545 = 3,026.)
    const v = (await simulate(rows, [ALL, NONE])).variants[0];
    expect(v).toMatchObject({ vacancyRentCost: 3027, unusableUnits: 2, unpricedUnits: 0 });
  });

  test('the answer time is the user’s', async () => {
    // 1 working day: thu → Fri, 1 day: 4096 × 12 / 365 = 134.6630 → 134.66; sat → Mon, 2 days: 309.0411 → 309.04. Sum 443.70 → 444.
    expect((await simulate(rows, [ALL, NONE], { answerDays: 1 })).variants[0].vacancyRentCost).toBe(444);
    expect((await simulate(rows, [ALL, NONE], { answerDays: 0 })).variants[0].vacancyRentCost).toBe(0);
  });

  test('the reduction pool does not lower the vacancy rent: it is counted without the pool', async () => {
    // 4500 + 600 = 5100 − 1250 = 3850: affordable with the grant, yet its vacancy rent stays in:
    // 4500 × 12 / 365 × 11 = 1,627.3973 → 1,627.40 → 1,627 kr.
    const granted = sheetRows([{ id: 'grant', date: '2024-01-04', rent: 4500, consumption: 600 }]);
    const v = (await simulate(granted, [ALL, NONE], { reductionUnits: 1 })).variants[0];
    expect(v).toMatchObject({ affordable: 0, affordableWithReduction: 1, vacancyRentCost: 1627, unusableUnits: 1 });
  });

  test('a unit without a rent is counted as unusable but cannot be priced', async () => {
    const withUnknown = sheetRows([
      { id: 'thu', date: '2024-01-04', rent: 4096, consumption: 600 },
      { id: 'incl-only', date: '2024-01-04', incl: 5000 },
    ]);
    const v = (await simulate(withUnknown, [ALL, NONE])).variants[0];
    // thu alone: 1,481.29 → 1,481.
    expect(v).toMatchObject({ vacancyRentCost: 1481, unusableUnits: 2, unpricedUnits: 1 });
  });
});
