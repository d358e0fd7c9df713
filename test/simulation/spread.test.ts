import { simulate } from '../../src/core/simulation';
import { ALL, NONE, sheetRows } from './fixtures';

test('municipal vacancies per area status and department; the largest share', async () => {
  const rows = sheetRows([
    { id: 'a', date: '2024-01-01', department: '12', area: '' },
    { id: 'b', date: '2024-01-02', department: '7', area: 'Udsat boligområde' },
    { id: 'c', date: '2024-01-03', department: '12', area: 'udsat' },
    { id: 'd', date: '2024-01-04', department: '7', area: 'Forebyggelsesområde' },
    { id: 'e', date: '2024-01-05', department: '3', area: '' },
    // Internal letting: excluded, so in no count.
    { id: 'f', date: '2024-01-06', department: '3', area: 'parallelsamfund', letting: 'Intern' },
  ]);
  const { spread, municipality } = (await simulate(rows, [ALL, NONE])).variants[0];
  expect(municipality).toBe(5);
  expect(spread.areaStatus).toEqual({ '': 2, udsat: 2, forebyggelse: 1, omdannelse: 0, parallelsamfund: 0 });
  // 7 and 12 tie at 2 of 5 (40 %); department numbers sort as numbers, so 7 comes before 12.
  expect(spread.departments).toEqual([
    { department: '7', count: 2, share: 0.4 },
    { department: '12', count: 2, share: 0.4 },
    { department: '3', count: 1, share: 0.2 },
  ]);
  expect(spread.largestDepartment).toEqual({ department: '7', count: 2, share: 0.4 });
});

test('no municipal vacancies: no largest department', async () => {
  const rows = sheetRows([{ id: 'a', date: '2024-01-01' }]);
  const none = (await simulate(rows, [ALL, NONE])).variants[1];
  expect(none.spread.largestDepartment).toBeNull();
  expect(none.spread.departments).toEqual([]);
});
