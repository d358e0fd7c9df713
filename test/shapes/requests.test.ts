import * as da from '../../src/core/da';
import { parseState, serialiseState } from '../../src/core';
import { missingInputs } from '../../src/core/agreement/needs';
import { readRequests } from '../../src/core/requests/readRequests';
import { CellValue } from '../../src/core';
import { problemsOf } from '../support/tableProblems';
import { agreementFrom, run } from '../helpers';

/** The municipality's requests (DOMAIN.md, "Requests"); every expectation worked out by hand (the README has the same example). */

const agreement = agreementFrom({
  id: 'esbjerg',
  rules: [
    { name: 'Intern udlejning undtages', priority: 2, conditions: { all: [{ fact: 'lettingType', operator: 'equal', value: 'intern' }] }, event: { type: 'exclude' } },
    { name: 'Efter forespørgsel', priority: 1, conditions: { all: [] }, event: { type: 'request' } },
  ],
});

const REQUESTS: CellValue[][] = [
  ['Forespørgsel', 'Oprettet', 'Udløber', 'Boligtype', 'Mindst rum', 'Højst rum', 'Højst husleje inkl. forbrug', 'Afdelinger', 'Sagsbehandler'],
  ['F-1', '03-01-2024', '', 'Familiebolig', 2, '', '5.000', '', 'LK'],
  ['F-2', '2024-01-02', '', 'familie', '', '', 4500, '', 'LK'],
  ['F-3', '02.01.2024', '09.01.2024', '', 1, 1, '', '103; 106', 'MB'],
  ['F-4', '10/01/2024', '', '', '', '', '4.000 kr.', '', 'MB'],
];

function requests(table: CellValue[][] = REQUESTS) {
  const r = readRequests(table);
  if (!r.ok) throw new Error(r.problems.map(da.sideTables.problem).join('\n'));
  return r.requests;
}

const H = ['Lejemål', 'Afdeling', 'Boligtype', 'Rum', 'Husleje inkl. forbrug', 'Ledig fra'];
const V1 = ['V1', '110', 'Familiebolig', 3, 4200, '2024-01-04']; // F-1 and F-2 both match: F-2 was created first
const V2 = ['V2', '110', 'Familiebolig', 2, 4800, '2024-01-05']; // F-1 (F-2 is filled)
const V3 = ['V3', '110', 'Familiebolig', 3, 4000, '2024-01-08']; // F-1, F-2 filled; F-3 wants 1 room; F-4 not yet made → waiting list
const V4 = ['V4', '106', 'Ungdomsbolig', 1, 2900, '2024-01-11']; // F-3 expired on the 9th; F-4 (from the 10th, ≤ 4.000 kr.)

test('two requests compete for one vacancy: the one created first gets it; a request expires; the rest go as they match', async () => {
  const r = await run([H, V1, V2, V3, V4], agreement, null, { requests: requests() });
  expect(r.decisions.map((d) => [d.unitId, d.outcome, d.request, d.pool, d.position])).toEqual([
    ['V1', 'municipality', 'F-2', null, null],
    ['V2', 'municipality', 'F-1', null, null],
    ['V3', 'waitlist', null, null, null],
    ['V4', 'municipality', 'F-4', null, null],
  ]);
  expect(r.decisions[0].reason).toBe('Matcher kommunens forespørgsel F-2 fra 02-01-2024');
  expect(r.decisions[2].reason).toBe("Reglen 'Efter forespørgsel' giver kommunen boligen, når en åben forespørgsel passer, men ingen gør; den går til ventelisten");
  expect(r.summary.requests).toEqual({
    date: '2024-01-11',
    filled: [
      { request: 'F-1', created: '2024-01-03', unitId: 'V2', vacantFrom: '2024-01-05', daysWaited: 2, earlier: false },
      { request: 'F-2', created: '2024-01-02', unitId: 'V1', vacantFrom: '2024-01-04', daysWaited: 2, earlier: false },
      { request: 'F-4', created: '2024-01-10', unitId: 'V4', vacantFrom: '2024-01-11', daysWaited: 1, earlier: false },
    ],
    open: [],
    expired: [{ request: 'F-3', created: '2024-01-02', expires: '2024-01-09', daysWaited: 7 }],
  });
});

test('week 2 continues week 1 through the state: filled requests stay filled, so V3 goes to the waiting list', async () => {
  const week1 = await run([H, V1, V2], agreement, null, { requests: requests() });
  expect(week1.summary.requests).toMatchObject({
    date: '2024-01-05',
    open: [
      { request: 'F-3', created: '2024-01-02', expires: '2024-01-09', daysWaited: 3 },
      { request: 'F-4', created: '2024-01-10', expires: null, daysWaited: 0 },
    ],
    expired: [],
  });
  const saved = parseState(serialiseState(week1.state), 'esbjerg');
  if (!saved.ok) throw new Error(saved.error.code);
  expect(saved.state.ledger.map((e) => [e.unitId, e.request])).toEqual([
    ['V1', 'F-2'],
    ['V2', 'F-1'],
  ]);
  // Week 2's list repeats V2 (decided last week) and has V3 and V4.
  const week2 = await run([H, V2, V3, V4], agreement, saved.state, { requests: requests() });
  expect(week2.decisions.map((d) => [d.unitId, d.outcome, d.request])).toEqual([
    ['V2', 'municipality', 'F-1'],
    ['V3', 'waitlist', null],
    ['V4', 'municipality', 'F-4'],
  ]);
  expect(week2.summary.fromLedger).toBe(1);
  expect(week2.summary.requests!.filled.map((f) => [f.request, f.earlier])).toEqual([
    ['F-1', true],
    ['F-2', true],
    ['F-4', false],
  ]);
  // Without the state, week 2 would give V3 to F-1: the state is what keeps a request from being filled twice.
  const forgetful = await run([H, V3, V4], agreement, null, { requests: requests() });
  expect(forgetful.decisions[0].request).toBe('F-2');
});

test('ties: requests created the same day go in table order; an undated vacancy matches none', async () => {
  const same = requests([
    ['Forespørgsel', 'Oprettet'],
    ['B', '2024-01-01'],
    ['A', '2024-01-01'],
  ]);
  const r = await run(
    [
      ['Lejemål', 'Ledig fra'],
      ['X', '2024-01-02'],
      ['Y', '2024-01-03'],
      ['Z', '2024-01-04'],
    ],
    agreement,
    null,
    { requests: same },
  );
  expect(r.decisions.map((d) => d.request)).toEqual(['B', 'A', null]);
  const undated = await run([['Lejemål'], ['X']], agreement, null, { requests: same });
  expect(undated.decisions[0]).toMatchObject({ outcome: 'waitlist', request: null });
  expect(undated.summary.requests!.open.map((o) => o.daysWaited)).toEqual([null, null]);
});

test('a vacancy that does not know a fact a request needs does not match it; organisation and departments must be the same text', async () => {
  const rs = requests([
    ['Forespørgsel', 'Oprettet', 'Højst husleje inkl. forbrug', 'Boligorganisation', 'Afdelinger'],
    ['R', '2024-01-01', 5000, '', ''],
    ['O', '2024-01-01', '', 'Alfa', '007'],
  ]);
  const sheet = [
    ['Lejemål', 'Boligorganisation', 'Afdeling', 'Husleje inkl. forbrug', 'Ledig fra'],
    ['no-rent', 'Alfa', '7', '', '2024-01-02'],
    ['alfa-007', 'Alfa', '007', '', '2024-01-03'],
  ];
  const r = await run(sheet, agreement, null, { requests: rs });
  expect(r.decisions.map((d) => d.request)).toEqual([null, 'O']);
});

test('an agreement with request rules needs the requests; the rest do not', () => {
  expect(missingInputs(agreement, { register: false, requests: false })).toEqual(['requests']);
  expect(missingInputs(agreement, { register: false, requests: true })).toEqual([]);
});

describe('a bad requests table is refused, each problem with its row and column, in Danish', () => {
  const problems = problemsOf(readRequests);

  test('a repeated request id', () => {
    expect(
      problems([
        ['Forespørgsel', 'Oprettet'],
        ['F-1', '2024-01-01'],
        ['F-1', '2024-01-02'],
      ]),
    ).toEqual([{ code: 'duplicateRequest', row: 3, column: 0, header: 'Forespørgsel', values: { request: 'F-1', earlierRow: 2 } }]);
  });

  test('a bad date, a missing date, and an end before the start', () => {
    expect(
      problems([
        ['Forespørgsel', 'Oprettet', 'Udløber'],
        ['A', '2024-02-30', ''],
        ['B', '', ''],
        ['C', '2024-03-01', '2024-02-01'],
      ]),
    ).toEqual([
      { code: 'badDate', row: 2, column: 1, header: 'Oprettet', values: { text: '2024-02-30' } },
      { code: 'emptyDate', row: 3, column: 1, header: 'Oprettet', values: {} },
      { code: 'expiresBeforeCreated', row: 4, column: 2, header: 'Udløber', values: { created: '2024-03-01', expires: '2024-02-01' } },
    ]);
  });

  test('a bad label, a bad number, half a room and a list that is none', () => {
    const table = [
      ['Forespørgsel', 'Oprettet', 'Boligtype', 'Højst husleje inkl. forbrug', 'Mindst rum', 'Afdelinger'],
      ['A', '2024-01-01', 'Rækkehus', '', '', ''],
      ['B', '2024-01-01', '', 'billig', '', ''],
      ['C', '2024-01-01', '', '', '2,5', ''],
      ['D', '2024-01-01', '', '', '', 'ikke 103'],
    ];
    expect(problems(table).map((p) => [p.code, p.row, p.column])).toEqual([
      ['badHousingType', 2, 2],
      ['badNumber', 3, 3],
      ['notWhole', 4, 4],
      ['badDepartments', 5, 5],
    ]);
    expect(problems(table)[0]).toMatchObject({ values: { text: 'Rækkehus' } });
    expect(da.sideTables.problem(problems(table)[0])).toBe('Række 2, kolonne \'Boligtype\' (C): "Rækkehus" er ikke en kendt boligtype (Familiebolig, Ungdomsbolig eller Ældrebolig).');
  });

  test('an empty id; no Oprettet column; no Forespørgsel column', () => {
    expect(
      problems([
        ['Forespørgsel', 'Oprettet'],
        ['', '2024-01-01'],
      ])[0],
    ).toMatchObject({ code: 'emptyId', row: 2, column: 0 });
    expect(
      problems([
        ['Forespørgsel', 'Udløber'],
        ['A', '2024-01-01'],
      ])[0],
    ).toMatchObject({ code: 'missingCreated', values: { column: 'Oprettet' } });
    expect(
      problems([
        ['Id', 'Oprettet'],
        ['A', '2024-01-01'],
      ])[0],
    ).toMatchObject({ code: 'missingColumn', values: { table: 'requests', column: 'Forespørgsel', found: ['Id', 'Oprettet'] } });
  });

  test('a table with headers and no rows is a table of no requests', () => {
    expect(readRequests([['Forespørgsel', 'Oprettet']])).toEqual({ ok: true, requests: [] });
  });
});
