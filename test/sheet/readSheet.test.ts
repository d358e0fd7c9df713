import { readSheet } from '../../src/core';
import * as da from '../../src/core/da';

const HEAD = ['Lejemål', 'Afdeling', 'Boligtype', 'Husleje', 'Forbrug', 'Ledig fra'];

function ok(table: Parameters<typeof readSheet>[0]) {
  const r = readSheet(table);
  if (!r.ok) throw new Error(r.error.code);
  return r;
}

test('the header row is the first non-empty row; row numbers count it and everything above', () => {
  const r = ok([[], [null, '  '], HEAD, ['A1', '103', 'Familiebolig', '4000', '500', '2024-01-02']]);
  expect(r.headerRow).toBe(3);
  expect(r.rows.map((x) => x.rowNumber)).toEqual([4]);
});

test('a title row above the header is skipped: the header is the first of ten non-empty rows with a Lejemål column', () => {
  const r = ok([['Ledige boliger uge 12'], [], ['Udskrevet 18-03-2024'], HEAD, ['A1', '103', 'Familiebolig', '4000', '500', '2024-01-02']]);
  expect(r.headerRow).toBe(4);
  expect(r.rows.map((x) => x.rowNumber)).toEqual([5]);
  expect(r.rows[0].vacancy).toMatchObject({ unitId: 'A1', department: '103' });
});

test('a header below ten non-empty rows is not looked for: the first non-empty row is the header, and it lacks Lejemål', () => {
  const notes = Array.from({ length: 10 }, (_, k) => [`Note ${k + 1}`]);
  const r = readSheet([...notes, HEAD, ['A1', '103', 'Familiebolig', '4000', '500', '2024-01-02']]);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error).toEqual({ code: 'missingUnitIdColumn', found: ['Note 1'] });
  expect(readSheet([...notes.slice(1), HEAD]).ok).toBe(true);
});

test('a missing Lejemål column is a sheet error naming the columns found', () => {
  const r = readSheet([
    ['Afdeling', 'Husleje', 'Ledig fra'],
    ['103', '4000', '2024-01-02'],
  ]);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error).toEqual({ code: 'missingUnitIdColumn', found: ['Afdeling', 'Husleje', 'Ledig fra'] });
  expect(da.sheet.problem(r.error)).toBe('Arket mangler kolonnen "Lejemål", så intet er fordelt. Fundne kolonner: "Afdeling", "Husleje", "Ledig fra".');
});

test('an empty sheet is a sheet error', () => {
  expect(readSheet([[], ['']])).toMatchObject({ ok: false, error: { code: 'emptySheet' } });
});

test('text fields keep numbers as their digits', () => {
  const r = ok([
    ['Lejemål', 'Afdeling', 'Boligorganisation', 'Adresse'],
    [1017, 103, 42, 7],
  ]);
  expect(r.rows[0].vacancy).toMatchObject({ unitId: '1017', department: '103', organisation: '42', address: '7' });
});

test('rent incl. consumption is rent + consumption when not given, exact to the øre', () => {
  const r = ok([HEAD, ['A1', '1', 'familie', '3.500,30', '499,70', '2024-01-02'], ['A2', '1', 'familie', '3500', '', '2024-01-03']]);
  expect(r.rows[0].vacancy!.rentInclConsumption).toBe(4000);
  expect(r.rows[1].vacancy!.rentInclConsumption).toBe(3500);
});

test('a given rent incl. consumption is used as it is', () => {
  const r = ok([
    ['Lejemål', 'Husleje', 'Forbrug', 'Husleje inkl. forbrug'],
    ['A1', 3000, 500, 4100],
  ]);
  expect(r.rows[0].vacancy!.rentInclConsumption).toBe(4100);
});

test('empty labels take their defaults: no area status, external letting', () => {
  const r = ok([
    ['Lejemål', 'Områdestatus', 'Udlejning', 'Boligtype'],
    ['A1', '', '', ''],
  ]);
  expect(r.rows[0].vacancy).toMatchObject({ areaStatus: '', lettingType: 'ekstern', housingType: null, rentReduction: 0 });
});

describe('row errors', () => {
  const table = [
    HEAD,
    ['', '103', 'familie', '4000', '500', '2024-01-02'],
    ['A2', '103', 'familie', '4000', '500', ''],
    ['A3', '103', 'familie', '4000', '500', '2024-02-30'],
    ['A4', '103', 'familie', 'fire tusind', '500', '2024-01-02'],
    ['A5', '103', 'Erhverv', '4000', '500', '2024-01-02'],
    ['A6', '103', 'familie', '4000', '500', '2024-01-02'],
    [null, null, null, null, null, null],
    ['A6', '104', 'familie', '3000', '500', '02-01-2024'],
    ['A6', '104', 'familie', '3000', '500', '03-01-2024'],
  ];
  const r = ok(table);
  const byRow = new Map(r.rows.map((x) => [x.rowNumber, x]));

  test('completely empty rows are skipped silently', () => {
    expect(r.rows.map((x) => x.rowNumber)).toEqual([2, 3, 4, 5, 6, 7, 9, 10]);
  });
  test('empty Lejemål', () => {
    expect(byRow.get(2)!.vacancy).toBeNull();
    expect(byRow.get(2)!.errors).toEqual([{ code: 'emptyUnitId', at: { row: 2, column: 0, header: 'Lejemål' } }]);
  });
  test('empty Ledig fra when the column exists', () => {
    expect(byRow.get(3)!.errors).toEqual([{ code: 'emptyDate', at: { row: 3, column: 5, header: 'Ledig fra' } }]);
  });
  test('a date that is not in the calendar', () => {
    expect(byRow.get(4)!.errors).toEqual([{ code: 'badDate', at: { row: 4, column: 5, header: 'Ledig fra' }, text: '2024-02-30' }]);
  });
  test('a bad number', () => {
    expect(byRow.get(5)!.errors).toEqual([{ code: 'badNumber', at: { row: 5, column: 3, header: 'Husleje' }, text: 'fire tusind' }]);
  });
  test('an unknown label', () => {
    expect(byRow.get(6)!.errors).toEqual([{ code: 'badHousingType', at: { row: 6, column: 2, header: 'Boligtype' }, text: 'Erhverv' }]);
  });
  test('the same Lejemål + Ledig fra as an earlier row, whatever the date form', () => {
    expect(byRow.get(7)!.vacancy).not.toBeNull();
    expect(byRow.get(9)!.vacancy).toBeNull();
    expect(byRow.get(9)!.errors).toEqual([{ code: 'duplicate', row: 9, unitId: 'A6', vacantFrom: '2024-01-02', earlierRow: 7 }]);
    expect(da.sheet.rowErrors(byRow.get(9)!.errors)).toBe('Række 9: lejemål "A6" ledig fra 2024-01-02 står allerede i række 7.');
  });
  test('the same Lejemål with another date is another vacancy', () => {
    expect(byRow.get(10)!.vacancy).not.toBeNull();
  });
});

test('without a Ledig fra column, a repeated Lejemål is a duplicate', () => {
  const r = ok([['Lejemål'], ['A1'], ['A1']]);
  expect(r.rows[1].errors).toEqual([{ code: 'duplicate', row: 3, unitId: 'A1', vacantFrom: null, earlierRow: 2 }]);
});

test('column letters in messages follow the sheet offset', () => {
  const r = readSheet(
    [
      ['Lejemål', 'Husleje'],
      ['A1', 'x'],
    ],
    { firstColumn: 2, firstRow: 5 },
  );
  if (!r.ok) throw new Error();
  expect(r.rows[0].errors).toEqual([{ code: 'badNumber', at: { row: 6, column: 3, header: 'Husleje' }, text: 'x' }]);
  expect(da.sheet.rowError(r.rows[0].errors[0])).toMatch(/^Række 6, kolonne 'Husleje' \(D\)/);
});
