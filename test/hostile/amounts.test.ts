import { readSheet } from '../../src/core';
import * as da from '../../src/core/da';
import { RowError } from '../../src/core/sheet/rowError';
import { isTooLarge, parseNumber } from '../../src/core/sheet/numbers';

const H = ['Lejemål', 'Rum', 'Areal', 'Husleje', 'Forbrug', 'Husleje inkl. forbrug', 'Huslejenedsættelse'];

function errorsOf(row: unknown[]): RowError[] {
  const sheet = readSheet([H, row as never[]]);
  if (!sheet.ok) throw new Error(sheet.error.code);
  return sheet.rows[0].errors;
}

test('a negative amount is a row error naming row and column, in text and in number cells', () => {
  const negatives = errorsOf(['A', 2, 60, '−4000', '-5.000', null, null]);
  expect(negatives).toEqual([
    { code: 'negative', at: { row: 2, column: 3, header: 'Husleje' }, text: '−4000' },
    { code: 'negative', at: { row: 2, column: 4, header: 'Forbrug' }, text: '-5.000' },
  ]);
  expect(negatives.map(da.sheet.rowError)).toEqual([
    'Række 2, kolonne \'Husleje\' (D): "−4000" er negativt; tallet kan ikke være under 0.',
    'Række 2, kolonne \'Forbrug\' (E): "-5.000" er negativt; tallet kan ikke være under 0.',
  ]);
  expect(errorsOf(['A', -1, 60, 4000, 500, null, -1250])).toEqual([
    { code: 'negative', at: { row: 2, column: 1, header: 'Rum' }, text: '-1' },
    { code: 'negative', at: { row: 2, column: 6, header: 'Huslejenedsættelse' }, text: '-1250' },
  ]);
});

test('a number too large to be read exactly, or infinite, is a row error, not Infinity or a rounded number', () => {
  const nines = '9'.repeat(400);
  const large = errorsOf(['A', 2, 60, nines, '1e999', Infinity, '12.345.678.901.234.567']);
  expect(large).toEqual([
    { code: 'tooLarge', at: { row: 2, column: 3, header: 'Husleje' }, text: nines },
    // "1e999" has no form of a Danish amount at all
    { code: 'badNumber', at: { row: 2, column: 4, header: 'Forbrug' }, text: '1e999' },
    { code: 'tooLarge', at: { row: 2, column: 5, header: 'Husleje inkl. forbrug' }, text: 'Infinity' },
    { code: 'tooLarge', at: { row: 2, column: 6, header: 'Huslejenedsættelse' }, text: '12.345.678.901.234.567' },
  ]);
  // The text is cut in the message: 400 nines would bury the sentence.
  expect(da.sheet.rowError(large[0])).toMatch(/^Række 2, kolonne 'Husleje' \(D\): "9{59}… \(400 tegn\)" er for stort et tal/);
  expect(errorsOf(['A', NaN, 60, 4000, null, null, null])).toEqual([{ code: 'badNumber', at: { row: 2, column: 1, header: 'Rum' }, text: 'NaN' }]);
  expect(parseNumber('999.999.999.999.999')).toBe(999_999_999_999_999);
  expect(parseNumber('1.000.000.000.000.000')).toBeUndefined();
  expect(isTooLarge('1.000.000.000.000.000')).toBe(true);
  expect(isTooLarge('ca. 4000')).toBe(false);
});

test('Forbrug and Huslejenedsættelse may be 0; Rum, Areal, Husleje and Husleje inkl. forbrug may not', () => {
  expect(errorsOf(['A', 2, 60, 4000, '0', null, '0,00'])).toEqual([]);
  expect(errorsOf(['A', 0, '0', '0 kr.', 0, '-0', 0])).toEqual([
    { code: 'zero', at: { row: 2, column: 1, header: 'Rum' }, text: '0' },
    { code: 'zero', at: { row: 2, column: 2, header: 'Areal' }, text: '0' },
    { code: 'zero', at: { row: 2, column: 3, header: 'Husleje' }, text: '0 kr.' },
    { code: 'zero', at: { row: 2, column: 5, header: 'Husleje inkl. forbrug' }, text: '-0' },
  ]);
  const sheet = readSheet([H, ['A', 2, 60, 4000, '-0', null, 0]]);
  if (!sheet.ok) throw new Error(sheet.error.code);
  expect(Object.is(sheet.rows[0].vacancy!.consumption, 0)).toBe(true);
  expect(sheet.rows[0].vacancy!.rentInclConsumption).toBe(4000);
});
