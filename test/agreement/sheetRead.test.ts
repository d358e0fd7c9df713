import * as da from '../../src/core/da';
import { CellValue } from '../../src/core';
import { modelFromAgreement } from '../../src/core/agreement/model/fromAgreement';
import { AgreementSheetCells } from '../../src/core/agreement/sheet/cells';
import { agreementSheetLayout } from '../../src/core/agreement/sheet/layout';
import { readAgreementSheet } from '../../src/core/agreement/sheet/readAgreementSheet';
import { BUNDLED, bundled, run } from '../helpers';
import { bigSheet } from '../port/fixtures';
import { sheetGrid, tableCells } from '../support/agreementSheet';

/** A sheet typed by hand: no Excel tables, only the cells, from A1. */
const typed = (values: CellValue[][]): AgreementSheetCells => ({ tables: {}, sheet: { sheetName: 'Aftale', firstRow: 1, firstColumn: 0, values } });

function read(cells: AgreementSheetCells) {
  const r = readAgreementSheet(cells, 'fra-ark');
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1));
  return r.agreement;
}

function errorsOf(cells: AgreementSheetCells) {
  const r = readAgreementSheet(cells, 'fra-ark');
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

/** Randers Bolig as a person might type it: blocks from column B, columns in another order, a label for a pool, Danish and sign spellings. */
function handTypedRanders(): CellValue[][] {
  const _ = null;
  return [
    ['Randers Bolig, skrevet i hånden'],
    [],
    [_, 'felt', 'Værdi'],
    [_, 'Id', 'randers-bolig'],
    [_, 'Navn', 'Randers Bolig: målrettet anvisning efter husleje (2023)'],
    [_, 'Parter', 'Randers Kommune;Randers Bolig'],
    [_, 'Ellers', 'venteliste'],
    [],
    [_, 'Pulje', 'Hver', 'Betegnelse'],
    [_, 'under-4000', 3, 'Under 4.000 kr. inkl. forbrug'],
    [_, '4000-6000', '6', '4.000–6.000 kr. inkl. forbrug'],
    [],
    [_, 'Regel', 'Udlejning', 'boligtype', 'Husleje inkl forbrug', 'Udfald', 'Pulje', 'Noter'.replace('Noter', 'Beskrivelse')],
    [_, 'Intern udlejning undtages', 'intern venteliste', _, _, 'undtaget', _, 'Tæller ikke med.'],
    [_, 'Familiebolig under 4.000 kr.', _, 'familie', '< 4000', 'Pulje', 'under-4000'],
    [_, 'Familiebolig 4.000–6.000 kr.', '-', 'Familiebolig', '4.000-6.000', 'pulje', '4.000–6.000 kr. inkl. forbrug'],
  ];
}

describe('a sheet typed by hand without Excel tables is read like the product’s own', () => {
  it('Randers Bolig typed in cells decides every vacancy as rules/randers-bolig.json does', async () => {
    const back = read(typed(handTypedRanders()));
    const original = bundled('randers-bolig');
    expect(back.id).toBe('randers-bolig');
    expect(back.parties).toEqual(['Randers Kommune', 'Randers Bolig']);
    expect([...back.pools.values()]).toEqual([...original.pools.values()]);
    const rows = bigSheet(3000);
    expect((await run(rows, back)).decisions).toEqual((await run(rows, original)).decisions);
  });

  test.each(BUNDLED)('%s: the product’s sheet read by its header rows (tables lost) gives the same agreement as read by its tables', (id) => {
    const layout = agreementSheetLayout(modelFromAgreement(bundled(id)));
    const byTables = read(tableCells(layout));
    const byHeaders = read(typed(sheetGrid(layout)));
    expect(byHeaders).toEqual(byTables);
  });

  it('a block ends at the first empty row: what stands below it is not part of it', () => {
    const grid = handTypedRanders();
    grid.push([], [null, 'Noter til mødet', 'ikke en regel']);
    expect(read(typed(grid)).rules).toHaveLength(3);
  });
});

describe('every error names its cell, in Danish', () => {
  /** The Randers sheet with one cell changed (row and column as Excel numbers them: 1-based row, A = 0). */
  function withCell(row: number, column: number, value: CellValue): AgreementSheetCells {
    const grid = handTypedRanders().map((r) => [...r]);
    (grid[row - 1] ??= [])[column] = value;
    return typed(grid);
  }
  const one = (cells: AgreementSheetCells) => {
    const errors = errorsOf(cells);
    expect(errors).toHaveLength(1);
    return errors[0];
  };

  const cell = (code: string, text: string) => ({ code: 'badCondition', values: { problem: { code, text } } });
  test.each([
    [15, 4, 'under fire tusind', 'Regler!E15', cell('badNumber', 'fire tusind')],
    [15, 4, '6.000–4.000', 'Regler!E15', cell('rangeReversed', '6.000–4.000')],
    [15, 3, 'Villa', 'Regler!D15', { code: 'badCondition', values: { fact: 'housingType', header: 'boligtype', problem: { code: 'unknownLabel', text: 'Villa' } } }],
    [14, 2, 'under 3', 'Regler!C14', cell('comparisonOnText', 'under 3')],
    [15, 5, 'Kvotepulje', 'Regler!F15', { code: 'badOutcome', values: { text: 'Kvotepulje' } }],
    [14, 5, null, 'Regler!F14', { code: 'missingOutcome' }],
    [14, 6, 'under-4000', 'Regler!G14', { code: 'poolNotUsed', values: { pool: 'under-4000' } }],
    [16, 6, 'under-400', 'Regler!G16', { code: 'unknownPool', values: { pool: 'under-400', suggestion: 'under-4000' } }],
    [10, 2, '3,5', 'Puljer!C10', { code: 'notWholeNumber', values: { header: 'Hver', text: '3,5' } }],
    [10, 2, 0, 'Puljer!C10', { code: 'minimum', values: { limit: 1 } }],
    [7, 2, 'kommunal', 'Aftale!C7', { code: 'badDefaultOutcome', values: { text: 'kommunal' } }],
    [4, 2, 'randers bolig', 'Aftale!C4', { code: 'pattern', values: { field: 'id' } }],
    [6, 1, 'Partner', 'Aftale!B6', { code: 'unknownSheetField', values: { field: 'Partner', suggestion: 'Parter' } }],
    [13, 4, 'Huslejen', 'Regler!E13', { code: 'unknownColumn', values: { header: 'Huslejen', suggestion: 'Husleje' } }],
    [13, 8, 'Udfald', 'Regler!I13', { code: 'duplicateColumn', values: { header: 'Udfald' } }],
    [14, 9, 'en note', 'Regler!J14', { code: 'dataWithoutHeader' }],
  ])('row %i, column %i = %j → %s %j', (row, column, value, where, issue) => {
    const e = one(withCell(row, column, value));
    expect(e).toMatchObject({ where, ...issue, cell: { sheet: 'Aftale', row, column } });
  });

  it('a whole-number column with a decimal comma suggests the list', () => {
    const grid = handTypedRanders();
    grid[12][8] = 'Rum';
    grid[14][8] = '1,2';
    const e = one(typed(grid));
    expect(e).toMatchObject({ where: 'Regler!I15', code: 'badCondition', values: { fact: 'rooms', header: 'Rum', problem: { code: 'notWhole', text: '1,2', suggestion: '1; 2' } } });
    expect(da.agreementErrors.message(e)).toContain('mente du "1; 2"?');
  });

  it('Betingelse (JSON): bad JSON with its line and column, and an error inside it with its path there', () => {
    const grid = handTypedRanders();
    grid[12][8] = 'Betingelse (JSON)';
    grid[13][8] = '{"any": [}';
    grid[14][8] = '{"any": [{"fact": "rooms", "operator": "lessThen", "value": 3}]}';
    const errors = errorsOf(typed(grid));
    expect(errors).toMatchObject([
      { where: 'Regler!I14', code: 'badJson', values: { text: '{"any": [}', error: { code: 'invalidJson', where: 'linje 1, kolonne 10' } } },
      { where: 'Regler!I15', code: 'unknownOperator', inner: ['any', 0, 'operator'], values: { operator: 'lessThen', suggestion: 'lessThan' } },
    ]);
    expect(da.agreementErrors.message(errors[0])).toContain('linje 1, kolonne 10');
    expect(da.agreementErrors.message(errors[1])).toMatch(/^i Betingelse \(JSON\), any\[0\]\.operator: operatoren "lessThen" kendes ikke – mente du "lessThan"\?/);
  });

  it('the pool a phase belongs to: a phase beyond Hver is told at Nr.', () => {
    const grid = handTypedRanders();
    grid[8][4] = 'Nr.';
    grid[9][4] = 4;
    expect(one(typed(grid))).toMatchObject({ where: 'Puljer!E10', code: 'phaseTooLarge' });
  });

  it('every error at once, top to bottom; a row with a bad cell is not also blamed for what that cell would have said', () => {
    const grid = handTypedRanders();
    grid[9][2] = 'tre';
    grid[13][5] = 'Afvis';
    grid[15][4] = '4.000-seks';
    expect(errorsOf(typed(grid)).map((e) => [e.where, e.code])).toEqual([
      ['Puljer!C10', 'notWholeNumber'],
      ['Regler!F14', 'badOutcome'],
      ['Regler!E16', 'badCondition'],
    ]);
  });

  it('a workbook without the sheet, and a sheet without rules', () => {
    expect(errorsOf({ tables: {}, sheet: null })).toEqual([{ code: 'noSheet', where: 'Aftale', values: {} }]);
    expect(
      errorsOf(
        typed([
          ['Felt', 'Værdi'],
          ['Id', 'x'],
        ]),
      ),
    ).toMatchObject([{ code: 'noRules' }]);
  });
});
