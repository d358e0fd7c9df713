import { parseCell, toLeaves, writeCell, CellCondition } from '../../src/core/agreement/grammar';
import * as da from '../../src/core/da';
import { CellValue } from '../../src/core';

/** The json-rules-engine conditions a cell stands for ([] for no condition). */
function leaves(fact: string, cell: CellValue) {
  const r = parseCell(fact, cell);
  if (!r.ok) throw new Error(`${JSON.stringify(cell)}: ${r.problem.code}`);
  return r.condition === null ? [] : toLeaves(fact, r.condition).map(({ operator, value }) => [operator, value]);
}

function problem(fact: string, cell: CellValue) {
  const r = parseCell(fact, cell);
  if (r.ok) throw new Error(`${JSON.stringify(cell)} was read as ${JSON.stringify(r.condition)}`);
  return r.problem;
}

describe('every row of the grammar table (DOMAIN.md)', () => {
  test.each([
    ['', []],
    ['-', []],
    ['alle', []],
    ['  Alle ', []],
    [null, []],
  ])('%j is no condition', (cell, expected) => expect(leaves('rentInclConsumption', cell as CellValue)).toEqual(expected));

  test.each([
    ['under 4000', [['lessThan', 4000]]],
    ['< 4000', [['lessThan', 4000]]],
    ['<4.000', [['lessThan', 4000]]],
    ['højst 4000', [['lessThanInclusive', 4000]]],
    ['HØJST 4.000 kr.', [['lessThanInclusive', 4000]]],
    ['<= 4000', [['lessThanInclusive', 4000]]],
    ['≤ 4000', [['lessThanInclusive', 4000]]],
    ['over 4000', [['greaterThan', 4000]]],
    ['> 4000', [['greaterThan', 4000]]],
    ['mindst 4000', [['greaterThanInclusive', 4000]]],
    ['fra 4000', [['greaterThanInclusive', 4000]]],
    ['>= 4000', [['greaterThanInclusive', 4000]]],
    ['≥ 4000', [['greaterThanInclusive', 4000]]],
    [
      '4000–6000',
      [
        ['greaterThanInclusive', 4000],
        ['lessThanInclusive', 6000],
      ],
    ],
    [
      '4.000 - 6.000',
      [
        ['greaterThanInclusive', 4000],
        ['lessThanInclusive', 6000],
      ],
    ],
    [
      '4000 til 6000',
      [
        ['greaterThanInclusive', 4000],
        ['lessThanInclusive', 6000],
      ],
    ],
    [
      'fra 4.000 til 6.000 kr.',
      [
        ['greaterThanInclusive', 4000],
        ['lessThanInclusive', 6000],
      ],
    ],
    ['4000', [['equal', 4000]]],
    [4000, [['equal', 4000]]],
    ['4000; 5000; 6000', [['in', [4000, 5000, 6000]]]],
    ['4000, 5000, 6000', [['in', [4000, 5000, 6000]]]],
    ['ikke 4000', [['notEqual', 4000]]],
    ['ikke 4000; 5000', [['notIn', [4000, 5000]]]],
    ['-250', [['equal', -250]]],
    [
      '-500–-250',
      [
        ['greaterThanInclusive', -500],
        ['lessThanInclusive', -250],
      ],
    ],
  ])('%j on a number fact', (cell, expected) => expect(leaves('rentInclConsumption', cell)).toEqual(expected));

  test('text facts compare the text as written, also when the cell is a number', () => {
    expect(leaves('department', '103')).toEqual([['equal', '103']]);
    expect(leaves('department', 103)).toEqual([['equal', '103']]);
    expect(leaves('department', '103; 106, 118')).toEqual([['in', ['103', '106', '118']]]);
    expect(leaves('department', 'ikke 103; 106')).toEqual([['notIn', ['103', '106']]]);
    expect(leaves('unitId', '103-0417')).toEqual([['equal', '103-0417']]);
    expect(leaves('department', 'Over Bakken')).toEqual([['equal', 'Over Bakken']]);
    expect(leaves('organisation', 'Randers Bolig')).toEqual([['equal', 'Randers Bolig']]);
  });

  test('label facts take the Danish labels of a vacancy sheet, and ingen is the empty area status', () => {
    expect(leaves('housingType', 'Familiebolig')).toEqual([['equal', 'familie']]);
    expect(leaves('housingType', 'familie')).toEqual([['equal', 'familie']]);
    expect(leaves('housingType', 'ældre; Ungdomsbolig')).toEqual([['in', ['aeldre', 'ungdom']]]);
    expect(leaves('lettingType', 'ikke Intern')).toEqual([['notEqual', 'intern']]);
    expect(leaves('lettingType', 'Oprykning')).toEqual([['equal', 'intern']]);
    expect(leaves('areaStatus', 'ingen')).toEqual([['equal', '']]);
    expect(leaves('areaStatus', 'Udsat boligområde; forebyggelse; Parallelsamfund')).toEqual([['in', ['udsat', 'forebyggelse', 'parallelsamfund']]]);
  });

  test('dates read as a vacancy sheet reads them, into ISO text the engine compares', () => {
    expect(leaves('vacantFrom', 'fra 01.03.2024')).toEqual([['greaterThanInclusive', '2024-03-01']]);
    expect(leaves('vacantFrom', '2024-01-01–2024-06-30')).toEqual([
      ['greaterThanInclusive', '2024-01-01'],
      ['lessThanInclusive', '2024-06-30'],
    ]);
    expect(leaves('vacantFrom', '01.01.2024-30.06.2024')).toEqual([
      ['greaterThanInclusive', '2024-01-01'],
      ['lessThanInclusive', '2024-06-30'],
    ]);
    expect(leaves('vacantFrom', new Date(Date.UTC(2024, 2, 1)))).toEqual([['equal', '2024-03-01']]);
  });
});

describe('numbers in cells', () => {
  test('are read as in a vacancy sheet', () => {
    expect(leaves('rent', '4.000,50')).toEqual([['equal', 4000.5]]);
    expect(leaves('rent', '4.000 kr.')).toEqual([['equal', 4000]]);
    expect(leaves('rent', '4,5')).toEqual([['equal', 4.5]]);
  });

  test('the decimal-comma trap: 4,000 is four (a comma without a space is a decimal comma), 4.000 is four thousand', () => {
    expect(leaves('rentInclConsumption', 'under 4,000')).toEqual([['lessThan', 4]]);
    expect(leaves('rentInclConsumption', 'under 4.000')).toEqual([['lessThan', 4000]]);
    // Written back, the four is plainly four: the reader of the sheet sees what was meant.
    expect(writeCell('rentInclConsumption', { op: 'lessThan', value: 4 })).toBe('under 4');
    expect(leaves('rentInclConsumption', '4,000, 5,000')).toEqual([['in', [4, 5]]]);
  });

  test('a decimal on a whole-number fact is an error that suggests the list', () => {
    const p = problem('rooms', '1,2');
    expect(p).toEqual({ code: 'notWhole', text: '1,2', suggestion: '1; 2' });
    expect(da.grammar.problem(p, 'Rum')).toBe('"1,2" er et decimaltal (et komma uden mellemrum efter er et decimalkomma), men Rum er et helt tal – mente du "1; 2"?');
    expect(leaves('rooms', '1, 2')).toEqual([['in', [1, 2]]]);
    expect(leaves('rooms', '1;2')).toEqual([['in', [1, 2]]]);
    expect(leaves('rooms', '1-2')).toEqual([
      ['greaterThanInclusive', 1],
      ['lessThanInclusive', 2],
    ]);
  });
});

describe('canonical spellings when written back', () => {
  const cases: [string, CellCondition, string][] = [
    ['rentInclConsumption', { op: 'lessThan', value: 4000 }, 'under 4.000'],
    ['rentInclConsumption', { op: 'between', min: 4000, max: 6000 }, '4.000–6.000'],
    ['rentInclConsumption', { op: 'lessThanInclusive', value: 4000 }, 'højst 4.000'],
    ['rentInclConsumption', { op: 'greaterThanInclusive', value: 4000 }, 'mindst 4.000'],
    ['rentInclConsumption', { op: 'greaterThan', value: 4000 }, 'over 4.000'],
    ['rent', { op: 'equal', value: 4000.5 }, '4.000,5'],
    ['rent', { op: 'equal', value: 1234567.25 }, '1.234.567,25'],
    ['rent', { op: 'equal', value: -250 }, '-250'],
    ['department', { op: 'in', values: ['103', '106'] }, '103; 106'],
    ['department', { op: 'notEqual', value: '103' }, 'ikke 103'],
    ['housingType', { op: 'equal', value: 'familie' }, 'Familiebolig'],
    ['housingType', { op: 'in', values: ['ungdom', 'aeldre'] }, 'Ungdomsbolig; Ældrebolig'],
    ['lettingType', { op: 'notEqual', value: 'intern' }, 'ikke Intern'],
    ['areaStatus', { op: 'in', values: ['udsat', ''] }, 'Udsat boligområde; Ingen'],
    ['vacantFrom', { op: 'greaterThanInclusive', value: '2024-03-01' }, 'mindst 01.03.2024'],
    ['rooms', { op: 'in', values: [1, 2] }, '1; 2'],
  ];
  test.each(cases)('%s %j is written %j and read back to the same', (fact, condition, text) => {
    expect(writeCell(fact, condition)).toBe(text);
    const back = parseCell(fact, text);
    expect(back).toEqual({ ok: true, condition });
  });

  test('what a cell cannot say is not written (it goes into Betingelse (JSON))', () => {
    expect(writeCell('department', { op: 'equal', value: 'alle' })).toBeNull();
    expect(writeCell('department', { op: 'equal', value: ' 12 ' })).toBeNull();
    expect(writeCell('department', { op: 'equal', value: 'Vej 12, 1. tv' })).toBeNull();
    expect(writeCell('department', { op: 'equal', value: 'ikke her' })).toBeNull();
    expect(writeCell('department', { op: 'lessThan', value: '200' })).toBeNull();
    expect(writeCell('rent', { op: 'equal', value: 1e-7 })).toBeNull();
    expect(writeCell('rent', { op: 'equal', value: '4000' })).toBeNull();
    expect(writeCell('housingType', { op: 'equal', value: 'villa' })).toBeNull();
    expect(writeCell('rooms', { op: 'equal', value: 1.5 })).toBeNull();
  });
});

describe('a Danish error for each kind of bad cell', () => {
  test.each([
    ['rentInclConsumption', 'under fire tusind', 'badNumber', 'er ikke et tal'],
    ['rentInclConsumption', '6.000–4.000', 'rangeReversed', 'skriv den mindste først (4.000–6.000)'],
    ['rooms', '2.5', 'notWhole', 'er et helt tal.'],
    ['housingType', 'Familiebolg', 'unknownLabel', 'mente du "Familiebolig"?'],
    ['housingType', 'under 3', 'comparisonOnText', 'kan ikke sammenligne'],
    ['department', 'under 200', 'comparisonOnText', 'skriv værdierne som en liste'],
    ['department', '103–106', 'rangeOnText', 'kan ikke være et interval'],
    ['vacantFrom', '31.02.2024', 'badDate', 'er ikke en dato'],
    ['lettingType', 'ikke', 'emptyNegation', 'ikke Intern'],
    ['rooms', new Date(Date.UTC(2024, 0, 2)), 'dateInCell', 'Formatér cellen som tekst'],
  ])('%s: %j → %s', (fact, cell, code, phrase) => {
    const p = problem(fact, cell as CellValue);
    expect(p.code).toBe(code);
    expect(da.grammar.problem(p, 'Kolonnen')).toContain(phrase);
  });
});
