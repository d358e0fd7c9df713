import { readSheet, simulate } from '../../src/core';
import { citizenRequests } from '../../src/core/simulation/citizenRequests';
import { bundled } from '../helpers';

/**
 * The README's eight family units (test/cli/simulate.test.ts) under "on request": the waiting
 * citizens are the requests. With --queue 1 one citizen asks from 1 January 2023 for a unit of at
 * most 4,000 kr incl. consumption; unit 1 (3,500 kr, 2 Jan 2023) fills the request: a wait of 1 day,
 * where every fourth makes them wait 369 days and the targeted agreement 366.
 */
const H = ['Lejemål', 'Afdeling', 'Boligtype', 'Husleje', 'Forbrug', 'Ledig fra'];
const SHEET = [
  H,
  ['1', '10', 'Familiebolig', 3000, 500, '2023-01-02'],
  ['2', '10', 'Familiebolig', 5000, 700, '2023-01-03'],
  ['3', '11', 'Familiebolig', 3200, 600, '2023-01-04'],
  ['4', '11', 'Familiebolig', 6000, 900, '2023-01-05'],
  ['5', '12', 'Familiebolig', 3100, 500, '2024-01-02'],
  ['6', '12', 'Familiebolig', 3100, 500, '2024-01-03'],
  ['7', '12', 'Familiebolig', 4500, 700, '2024-01-04'],
  ['8', '13', 'Familiebolig', 3300, 500, '2024-01-05'],
];

async function compare(queue: number, arrivals: number) {
  const sheet = readSheet(SHEET);
  if (!sheet.ok) throw new Error(sheet.error.code);
  return simulate(sheet.rows, [bundled('standard-25'), bundled('randers-bolig'), bundled('esbjerg-forespoergsel')], { queue, arrivals });
}

test('"every fourth", "targeted" and "on request" side by side on the same citizen', async () => {
  const r = await compare(1, 0);
  expect(r.variants.map((v) => [v.agreement, v.municipality, v.affordable, v.vacancyRentCost, v.served, v.averageWaitDays])).toEqual([
    ['standard-25', 2, 1, 2170, 1, 369],
    ['randers-bolig', 1, 1, 0, 1, 366],
    ['esbjerg-forespoergsel', 1, 1, 0, 1, 1],
  ]);
});

test('citizens arriving every month are requests made on the 1st; each affordable unit houses the one who waited longest', async () => {
  // 2 citizens from 1 Jan 2023, then one on the 1st of each month to January 2024: 14 requests.
  // Units under 4,000 kr: 1 and 3 in January 2023 (the two first), 5, 6 and 8 in January 2024 (those from February, March and April 2023).
  const r = await compare(1, 1);
  const onRequest = r.variants[2];
  expect(onRequest).toMatchObject({ municipality: 5, affordable: 5, served: 5, vacancyRentCost: 0 });
  // Waits: 1 (unit 1) + 3 (unit 3) + 335 (1 Feb 2023 → 2 Jan 2024) + 308 (1 Mar → 3 Jan) + 279 (1 Apr → 5 Jan) = 926 days / 5.
  expect(onRequest.averageWaitDays).toBe(185.2);
});

test('no citizens, no requests: the agreement of requests gives the municipality nothing', async () => {
  const r = await compare(0, 0);
  expect(r.variants[2]).toMatchObject({ municipality: 0, served: 0, queueAtEnd: 0 });
  expect(citizenRequests(null, null, { affordable: 4000, reductionUnits: 0, answerDays: 7, queue: 5, arrivals: 1 })).toEqual([]);
});
