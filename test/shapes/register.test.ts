import * as da from '../../src/core/da';
import { readRegister } from '../../src/core/register/readRegister';
import { missingInputs } from '../../src/core/agreement/needs';
import { CellValue, UncalculatedFormula } from '../../src/core';
import { problemsOf } from '../support/tableProblems';
import { agreementFrom, run } from '../helpers';

/** The department register (DOMAIN.md, "A department register"); every expectation worked out by hand. */

function register(table: CellValue[][]) {
  const r = readRegister(table);
  if (!r.ok) throw new Error(r.problems.map(da.sideTables.problem).join('\n'));
  return r.register;
}

const REGISTER = [
  ['Afdeling', 'Boligorganisation', 'Områdestatus', 'Gruppe', 'Navn', 'Beboere'],
  [103, 'Alfa', 'Forebyggelsesområde', 'C', 'Nordparken', 812],
  ['104', 'Alfa', '', 'A', 'Byhaven', 240],
  ['103', 'Beta', '', 'B', 'Engen', 300],
];

const agreement = agreementFrom({
  id: 'grupper',
  rules: [
    { name: 'Forebyggelse', priority: 3, conditions: { all: [{ fact: 'areaStatus', operator: 'equal', value: 'forebyggelse' }] }, event: { type: 'exclude' } },
    { name: 'Gruppe B', priority: 2, conditions: { all: [{ fact: 'departmentGroup', operator: 'equal', value: 'B' }] }, event: { type: 'allocate' } },
  ],
});

const H = ['Lejemål', 'Boligorganisation', 'Afdeling', 'Områdestatus', 'Ledig fra'];
const SHEET: CellValue[][] = [
  H,
  ['V1', 'Alfa', '103', '', '2024-01-01'], // the register's Forebyggelsesområde fills the empty cell → excluded
  ['V2', 'Alfa', '103', 'Udsat boligområde', '2024-01-02'], // its own status stands; group C → no rule
  ['V3', 'Beta', 103, '', '2024-01-03'], // Beta's 103 is group B → municipality
  ['V4', 'Alfa', '105', '', '2024-01-04'], // not in the register: no group, listed
  ['V5', '', '104', '', '2024-01-05'], // no organisation: matches no row of a register with organisations
];

test('the register fills areaStatus where the cell is empty, gives each vacancy its group, and lists what it lacks', async () => {
  const r = await run(SHEET, agreement, null, { register: register(REGISTER) });
  expect(r.decisions.map((d) => [d.unitId, d.outcome, d.rule])).toEqual([
    ['V1', 'excluded', 'Forebyggelse'],
    ['V2', 'waitlist', null],
    ['V3', 'municipality', 'Gruppe B'],
    ['V4', 'waitlist', null],
    ['V5', 'waitlist', null],
  ]);
  expect(r.rows.map((row) => [row.vacancy!.areaStatus, row.vacancy!.departmentGroup])).toEqual([
    ['forebyggelse', 'C'],
    ['udsat', 'C'],
    ['', 'B'],
    ['', ''],
    ['', ''],
  ]);
  expect(r.summary.departmentsNotInRegister).toEqual([
    { organisation: null, department: '104', rows: 1 },
    { organisation: 'Alfa', department: '105', rows: 1 },
  ]);
});

test('without a Boligorganisation column the register is found by department alone', async () => {
  const byDepartment = register([
    ['Afd.', 'Gruppe'],
    ['103', 'B'],
    ['104', 'A'],
  ]);
  expect(byDepartment.byOrganisation).toBe(false);
  const r = await run(SHEET, agreement, null, { register: byDepartment });
  expect(r.decisions.map((d) => d.outcome)).toEqual(['municipality', 'municipality', 'municipality', 'waitlist', 'waitlist']);
  expect(r.summary.departmentsNotInRegister).toEqual([{ organisation: 'Alfa', department: '105', rows: 1 }]);
});

test('without a register the summary says nothing of one, and departmentGroup is empty', async () => {
  const r = await run(SHEET, agreement, null);
  expect('departmentsNotInRegister' in r.summary).toBe(false);
  expect(r.rows.every((row) => row.vacancy!.departmentGroup === '')).toBe(true);
});

test('an agreement testing departmentGroup needs a register; one that does not, does not', () => {
  expect(missingInputs(agreement, { register: false, requests: false })).toEqual(['register']);
  expect(missingInputs(agreement, { register: true, requests: false })).toEqual([]);
  const named = agreementFrom({
    namedConditions: { a: { all: [{ fact: 'departmentGroup', operator: 'in', value: ['A', 'B'] }] } },
    rules: [{ conditions: { not: { condition: 'a' } }, event: { type: 'allocate' } }],
  });
  expect(missingInputs(named, { register: false, requests: false })).toEqual(['register']);
  const plain = agreementFrom({ rules: [{ conditions: { all: [{ fact: 'department', operator: 'equal', value: '103' }] }, event: { type: 'allocate' } }] });
  expect(missingInputs(plain, { register: false, requests: false })).toEqual([]);
});

describe('a bad register is refused, each problem with its row and column, in Danish', () => {
  const problems = problemsOf(readRegister);

  test('a repeated department', () => {
    expect(
      problems([
        ['Afdeling', 'Gruppe'],
        ['103', 'A'],
        ['104', 'B'],
        [103, 'C'],
      ]),
    ).toEqual([{ code: 'duplicateDepartment', row: 4, column: 0, header: 'Afdeling', values: { department: '103', organisation: null, earlierRow: 2 } }]);
  });

  test('the same department in two organisations is no repeat; in one it is', () => {
    expect(
      readRegister([
        ['Boligorganisation', 'Afdeling'],
        ['Alfa', '1'],
        ['Beta', '1'],
      ]).ok,
    ).toBe(true);
    expect(
      problems([
        ['Boligorganisation', 'Afdeling'],
        ['Alfa', '1'],
        ['Alfa', '1'],
      ])[0],
    ).toMatchObject({ code: 'duplicateDepartment', values: { department: '1', organisation: 'Alfa', earlierRow: 2 } });
    expect(
      da.sideTables.problem(
        problems([
          ['Boligorganisation', 'Afdeling'],
          ['Alfa', '1'],
          ['Alfa', '1'],
        ])[0],
      ),
    ).toBe("Række 3, kolonne 'Afdeling' (B): afdeling 1 i Alfa står allerede i række 2; hver afdeling må kun stå én gang.");
  });

  test('a bad label in Områdestatus', () => {
    expect(
      problems([
        ['Afdeling', 'Områdestatus'],
        ['103', 'Ghetto'],
      ]),
    ).toEqual([
      {
        code: 'badAreaStatus',
        row: 2,
        column: 1,
        header: 'Områdestatus',
        values: { text: 'Ghetto' },
      },
    ]);
  });

  test('an empty department, and an empty organisation when the register has that column', () => {
    expect(
      problems([
        ['Boligorganisation', 'Afdeling', 'Gruppe'],
        ['Alfa', '', 'A'],
        ['', '2', 'B'],
      ]).map((p) => [p.code, p.row, p.column]),
    ).toEqual([
      ['emptyDepartment', 2, 1],
      ['emptyOrganisation', 3, 0],
    ]);
  });

  test('no Afdeling column: the columns it has are named', () => {
    expect(
      problems([
        ['Afdelingsnavn', 'Gruppe'],
        ['Nordparken', 'A'],
      ]),
    ).toEqual([{ code: 'missingColumn', row: 1, column: null, header: null, values: { table: 'register', column: 'Afdeling', found: ['Afdelingsnavn', 'Gruppe'] } }]);
    expect(
      da.sideTables.problem(
        problems([
          ['Afdelingsnavn', 'Gruppe'],
          ['Nordparken', 'A'],
        ])[0],
      ),
    ).toBe('Afdelingsregistret mangler kolonnen "Afdeling", så intet er fordelt. Fundne kolonner: "Afdelingsnavn", "Gruppe".');
  });

  test('a formula saved without its value', () => {
    expect(
      problems([
        ['Afdeling', 'Gruppe'],
        ['103', new UncalculatedFormula('IF(A2>100;"A";"B")')],
      ])[0],
    ).toMatchObject({ code: 'uncalculated', row: 2, column: 1 });
  });

  test("where the register starts below a title, row numbers are the sheet's", () => {
    expect(problems([['Afdelingsregister 2024'], [], ['Afdeling'], ['1'], ['1']])[0]).toMatchObject({ row: 5, column: 0 });
  });
});
