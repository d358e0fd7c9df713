import { checkLettings } from '../../src/core/check/checkLettings';
import { checkTables } from '../../src/core/check/report';
import { readRequests } from '../../src/core/requests/readRequests';
import { agreementFrom } from '../helpers';

/** The quota check knows the new shapes: entitlement per key, and a request-driven agreement's deviations. Worked out by hand. */

const family = { all: [{ fact: 'housingType', operator: 'equal', value: 'familie' }] };

test('entitlement per organisation: each organisation is checked against its own every 2nd', async () => {
  const a = agreementFrom({
    id: 'pr',
    pools: [{ name: 'fam', label: 'Familieboliger', every: 2, per: 'organisation' }],
    rules: [{ name: 'F', conditions: family, event: { type: 'quota', params: { pool: 'fam' } } }],
  });
  const log = [
    ['Lejemål', 'Boligorganisation', 'Boligtype', 'Ledig fra', 'Udlejet til'],
    ['A1', 'Alfa', 'familie', '2024-01-01', 'Venteliste'], // Alfa #1
    ['B1', 'Beta', 'familie', '2024-01-02', 'Kommunen'], // Beta #1: not the municipality's → deviation
    ['A2', 'Alfa', 'familie', '2024-01-03', 'Kommunen'], // Alfa #2: delivered
    ['B2', 'Beta', 'familie', '2024-01-04', 'Venteliste'], // Beta #2: should have been offered → deviation
  ];
  const r = await checkLettings(log, a, null);
  if (!r.ok) throw new Error(r.error);
  expect(r.result.pools).toEqual([
    { pool: 'fam', label: 'Familieboliger', key: { organisation: 'Alfa', department: null }, counted: 2, entitled: 1, delivered: 1, declined: 0 },
    { pool: 'fam', label: 'Familieboliger', key: { organisation: 'Beta', department: null }, counted: 2, entitled: 1, delivered: 1, declined: 0 },
  ]);
  expect(r.result.deviations.map((d) => [d.unitId, d.expected, d.actual, d.reason])).toEqual([
    ['B1', 'waitlist', 'municipality', "1. bolig i puljen 'Familieboliger' for Beta gik til kommunen, men efter aftalen skulle den udlejes fra ventelisten"],
    ['B2', 'municipality', 'waitlist', "2. bolig i puljen 'Familieboliger' for Beta skulle være tilbudt kommunen, men blev udlejet fra ventelisten"],
  ]);
  expect(checkTables(r.result)[0].rows.map((row) => row[0])).toEqual(['Familieboliger – Alfa', 'Familieboliger – Beta']);
});

test('a request-driven agreement: a vacancy that matched an open request but was let from the waiting list is a deviation', async () => {
  const a = agreementFrom({ id: 'f', rules: [{ name: 'Forespørgsel', conditions: { all: [] }, event: { type: 'request' } }] });
  const read = readRequests([
    ['Forespørgsel', 'Oprettet', 'Højst husleje inkl. forbrug'],
    ['F-1', '2024-01-01', 4000],
    ['F-2', '2024-01-01', 4000],
  ]);
  if (!read.ok) throw new Error('requests');
  const log = [
    ['Lejemål', 'Husleje inkl. forbrug', 'Ledig fra', 'Udlejet til'],
    ['V1', 3900, '2024-01-02', 'Kommunen'], // F-1: delivered
    ['V2', 5000, '2024-01-03', 'Venteliste'], // matches no request: fine
    ['V3', 3500, '2024-01-04', 'Venteliste'], // F-2 was open and matched: deviation
  ];
  const r = await checkLettings(log, a, null, {}, { requests: read.requests });
  if (!r.ok) throw new Error(r.error);
  expect(r.result.byRequest).toEqual({ counted: 3, entitled: 2, delivered: 1, declined: 0 });
  expect(r.result.deviations).toEqual([
    {
      row: 4,
      unitId: 'V3',
      expected: 'municipality',
      actual: 'waitlist',
      reason: 'Lejemål V3, som passede til kommunens åbne forespørgsel F-2, skulle være tilbudt kommunen, men blev udlejet fra ventelisten',
    },
  ]);
  expect(checkTables(r.result)[0].rows).toEqual([['Efter kommunens forespørgsler (ret til: boliger der passede til en åben forespørgsel)', 3, 2, 1, -1, 0]]);
});
