import { readSheet } from '../../src/core';
import { isTooLarge, parseNumber } from '../../src/core/sheet/numbers';

const H = ['Lejemål', 'Rum', 'Areal', 'Husleje', 'Forbrug', 'Husleje inkl. forbrug', 'Huslejenedsættelse'];

function errorsOf(row: unknown[]): string[] {
  const sheet = readSheet([H, row as never[]]);
  if (!sheet.ok) throw new Error(sheet.error);
  return sheet.rows[0].errors;
}

test('a negative amount is a row error naming row and column, in text and in number cells', () => {
  expect(errorsOf(['A', 2, 60, '−4000', '-5.000', null, null])).toEqual([
    'Række 2, kolonne \'Husleje\' (D): "−4000" er negativt; tallet kan ikke være under 0.',
    'Række 2, kolonne \'Forbrug\' (E): "-5.000" er negativt; tallet kan ikke være under 0.',
  ]);
  expect(errorsOf(['A', -1, 60, 4000, 500, null, -1250])).toEqual([
    expect.stringMatching(/^Række 2, kolonne 'Rum' \(B\): "-1" er negativt/),
    expect.stringMatching(/^Række 2, kolonne 'Huslejenedsættelse' \(G\): "-1250" er negativt/),
  ]);
});

test('a number too large to be read exactly, or infinite, is a row error, not Infinity or a rounded number', () => {
  const nines = '9'.repeat(400);
  expect(errorsOf(['A', 2, 60, nines, '1e999', Infinity, '12.345.678.901.234.567'])).toEqual([
    // The text is cut in the message: 400 nines would bury the sentence.
    expect.stringMatching(/^Række 2, kolonne 'Husleje' \(D\): "9{59}… \(400 tegn\)" er for stort et tal/),
    // "1e999" has no form of a Danish amount at all
    expect.stringMatching(/^Række 2, kolonne 'Forbrug' \(E\): "1e999" er ikke et tal/),
    expect.stringMatching(/^Række 2, kolonne 'Husleje inkl\. forbrug' \(F\): "Infinity" er for stort et tal/),
    expect.stringMatching(/^Række 2, kolonne 'Huslejenedsættelse' \(G\): "12\.345\.678\.901\.234\.567" er for stort/),
  ]);
  expect(errorsOf(['A', NaN, 60, 4000, null, null, null])).toEqual([expect.stringMatching(/^Række 2, kolonne 'Rum' \(B\): "NaN" er ikke et tal/)]);
  expect(parseNumber('999.999.999.999.999')).toBe(999_999_999_999_999);
  expect(parseNumber('1.000.000.000.000.000')).toBeUndefined();
  expect(isTooLarge('1.000.000.000.000.000')).toBe(true);
  expect(isTooLarge('ca. 4000')).toBe(false);
});

test('Forbrug and Huslejenedsættelse may be 0; Rum, Areal, Husleje and Husleje inkl. forbrug may not', () => {
  expect(errorsOf(['A', 2, 60, 4000, '0', null, '0,00'])).toEqual([]);
  expect(errorsOf(['A', 0, '0', '0 kr.', 0, '-0', 0])).toEqual([
    expect.stringMatching(/^Række 2, kolonne 'Rum' \(B\): "0" kan ikke være 0/),
    expect.stringMatching(/^Række 2, kolonne 'Areal' \(C\): "0" kan ikke være 0/),
    expect.stringMatching(/^Række 2, kolonne 'Husleje' \(D\): "0 kr\." kan ikke være 0/),
    expect.stringMatching(/^Række 2, kolonne 'Husleje inkl\. forbrug' \(F\): "-0" kan ikke være 0/),
  ]);
  const sheet = readSheet([H, ['A', 2, 60, 4000, '-0', null, 0]]);
  if (!sheet.ok) throw new Error(sheet.error);
  expect(Object.is(sheet.rows[0].vacancy!.consumption, 0)).toBe(true);
  expect(sheet.rows[0].vacancy!.rentInclConsumption).toBe(4000);
});
