import { simulate } from '../../src/core/simulation';
import { ALL, NONE, sheetRows } from './fixtures';

// Q = 3 waiting on 1 Jan 2024, A = 2 arriving on the 1st of every month, January to April
// (the month of the last vacancy): 5 on 1 Jan, 2 on 1 Feb, 2 on 1 Mar, 2 on 1 Apr = 11 in all.
// Affordable municipal vacancies serve the longest-waiting citizen present that day.
const cheap = (id: string, date: string) => ({ id, date, rent: 3000, consumption: 500 }); // 3,500 incl.
const dear = (id: string, date: string) => ({ id, date, rent: 4600, consumption: 500 }); //   5,100 incl.
const rows = sheetRows([
  cheap('m10', '2024-03-10'), // sheet order is not Ledig fra order
  cheap('j10', '2024-01-10'), // Jan cohort #1: 9 days
  dear('j15', '2024-01-15'), //  not affordable: serves no one (and no reduction grant changes that)
  cheap('j20', '2024-01-20'), // Jan cohort #2: 19 days
  cheap('f01', '2024-02-01'), // Jan cohort #3: 31 days (the Feb arrivals, present the same day, wait behind)
  cheap('m05', '2024-03-05'), // Jan cohort #4: 31 + 29 + 4 = 64 days
  cheap('m06', '2024-03-06'), // Jan cohort #5: 65 days
  cheap('m07', '2024-03-07'), // Feb cohort #1: 29 + 6 = 35 days
  cheap('m08', '2024-03-08'), // Feb cohort #2: 36 days
  cheap('m09', '2024-03-09'), // Mar cohort #1: 8 days
  //                  m10:     Mar cohort #2: 9 days
  cheap('m11', '2024-03-11'), // nobody left: serves no one
  dear('a15', '2024-04-15'), //  the last vacancy: April's 2 arrive and wait
]);

test('served first come, first served; average, median, queue at the end and by month', async () => {
  const v = (await simulate(rows, [ALL, NONE], { queue: 3, arrivals: 2, reductionUnits: 5 })).variants[0];
  // Waits: 9, 19, 31, 64, 65, 35, 36, 8, 9 → 9 served, sum 276, average 30.67 → 30.7;
  // sorted 8, 9, 9, 19, 31, 35, 36, 64, 65 → median 31.
  expect(v.served).toBe(9);
  expect(v.averageWaitDays).toBe(30.7);
  expect(v.medianWaitDays).toBe(31);
  // End of Jan: 5 − 2 = 3; Feb: 3 + 2 − 1 = 4; Mar: 4 + 2 − 6 = 0; Apr: 0 + 2 = 2.
  expect(v.queueByMonth).toEqual([
    { month: '2024-01', waiting: 3 },
    { month: '2024-02', waiting: 4 },
    { month: '2024-03', waiting: 0 },
    { month: '2024-04', waiting: 2 },
  ]);
  expect(v.queueAtEnd).toBe(2);
});

test('an even number served: the median is the mean of the two middle waits', async () => {
  // Q = 0, A = 1: one citizen on 1 Jan, one on 1 Feb; j10 serves Jan (9 days), f01 serves Feb (0 days, same day).
  const two = sheetRows([cheap('j10', '2024-01-10'), cheap('j20', '2024-01-20'), cheap('f01', '2024-02-01')]);
  const v = (await simulate(two, [ALL, NONE], { arrivals: 1 })).variants[0];
  // j20 finds nobody. Waits 9 and 0: average 4.5, median 4.5; nobody left.
  expect(v).toMatchObject({ served: 2, averageWaitDays: 4.5, medianWaitDays: 4.5, queueAtEnd: 0 });
});

test('nobody served: no waits; the queue just grows', async () => {
  const v = (await simulate(rows, [ALL, NONE], { queue: 3, arrivals: 2 })).variants[1];
  expect(v).toMatchObject({ served: 0, averageWaitDays: null, medianWaitDays: null, queueAtEnd: 11 });
  expect(v.queueByMonth.map((m) => m.waiting)).toEqual([5, 7, 9, 11]);
});
