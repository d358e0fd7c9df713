import * as da from '../../src/core/da';
import fc from 'fast-check';
import { CellValue, parseState, serialiseState, UncalculatedFormula } from '../../src/core';
import { readRegister } from '../../src/core/register/readRegister';
import { readRequests } from '../../src/core/requests/readRequests';
import { agreementFrom, run } from '../helpers';
import { notDanish } from '../support/danish';

/** The new tables and keys against hostile input: names from Object.prototype, and random cells. */

const PROTO = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

test('organisations, departments, groups and request ids named like members of Object.prototype count like any other', async () => {
  const register = readRegister([['Boligorganisation', 'Afdeling', 'Gruppe'], ...PROTO.map((n) => [n, n, n])]);
  const requests = readRequests([['Forespørgsel', 'Oprettet', 'Boligorganisation'], ...PROTO.map((n) => [n, '2024-01-01', n])]);
  if (!register.ok || !requests.ok) throw new Error('read');
  const a = agreementFrom({
    id: 'proto',
    pools: [{ name: 'constructor', every: 2, per: 'department' }],
    rules: [
      { name: 'U', priority: 2, conditions: { all: [{ fact: 'housingType', operator: 'equal', value: 'ungdom' }] }, event: { type: 'request' } },
      { name: 'G', priority: 1, conditions: { all: [{ fact: 'departmentGroup', operator: 'in', value: PROTO }] }, event: { type: 'quota', params: { pool: 'constructor' } } },
    ],
  });
  const rows: CellValue[][] = [['Lejemål', 'Boligorganisation', 'Afdeling', 'Boligtype', 'Ledig fra']];
  PROTO.forEach((n, i) => rows.push([`F${i}a`, n, n, 'familie', '2024-01-02'], [`F${i}b`, n, n, 'familie', '2024-01-03'], [`U${i}`, n, n, 'ungdom', '2024-01-04']));
  const r = await run(rows, a, null, { register: register.register, requests: requests.requests });
  expect(r.decisions.map((d) => `${d.outcome}:${d.position ?? ''}:${d.request ?? ''}`)).toEqual(PROTO.flatMap((n) => ['waitlist:1:', 'municipality:2:', `municipality::${n}`]));
  const saved = parseState(serialiseState(r.state), 'proto');
  if (!saved.ok) throw new Error(saved.error.code);
  expect(saved.state.keyedCounters!['constructor'].map((k) => [k.organisation, k.counter])).toEqual(PROTO.map((n) => [n, 2]));
  expect(Object.getPrototypeOf(saved.state.keyedCounters)).toBeNull();
  expect(r.summary.requests!.filled.map((f) => f.request)).toEqual(PROTO);
});

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    null,
    '',
    ' ',
    'Afdeling',
    'Forespørgsel',
    'Oprettet',
    'Udløber',
    'Gruppe',
    'Boligorganisation',
    'Områdestatus',
    'Afdelinger',
    'Mindst rum',
    'udsat',
    'Ghetto',
    '2024-02-29',
    '31.02.2024',
    '103; 106',
    'ikke 103',
    '4.000',
    '-1',
    '1e999',
    'constructor',
    '__proto__',
  ),
  fc.constantFrom<CellValue>(NaN, Infinity, 0, 45292, new Date(NaN), new Date(Date.UTC(2024, 0, 1)), true),
  fc.integer({ min: -5, max: 200 }),
  fc.string({ maxLength: 12 }),
  fc.string().map((f) => new UncalculatedFormula(f)),
);
const table = fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 12 });

test.each([
  ['the register', readRegister],
  ['the requests', readRequests],
] as const)('%s: any table of any cells is read, or refused with Danish problems, each with its row', (_, read) => {
  fc.assert(
    fc.property(table, (t) => {
      const r = read(t);
      if (r.ok) return true;
      return (
        r.problems.length > 0 &&
        r.problems.every(
          (p) =>
            notDanish(da.sideTables.problem(p)) === null &&
            (p.row === null || (Number.isInteger(p.row) && p.row >= 1)) &&
            (p.row === null || da.sideTables.problem(p).startsWith(`Række ${p.row}`) || p.code === 'missingColumn'),
        )
      );
    }),
    { seed: 1414, numRuns: 3000 },
  );
});
