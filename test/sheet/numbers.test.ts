import { parseNumber } from '../../src/core/sheet/numbers';

describe('Danish and plain numbers', () => {
  test.each([
    ['4000', 4000],
    ['4000.5', 4000.5],
    ['4.000', 4000],
    ['4.000,50', 4000.5],
    ['65,5', 65.5],
    ['1.234.567', 1234567],
    ['4000 kr', 4000],
    ['4.000 kr.', 4000],
    ['kr. 4.000', 4000],
    ['DKK 5.200', 5200],
    ['5200 dkk', 5200],
    ['4 000', 4000],
    ['4\u00a0000,00 kr.', 4000],
    ['  3999  ', 3999],
    ['-250', -250],
  ])('%j reads as %p', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  test('numbers from xlsx cells are taken as they are', () => {
    expect(parseNumber(3999.99)).toBe(3999.99);
  });

  test.each(['4.000,-', 'fire tusind', '4.00.0', '4,000.50', '12a', 'kr.', '4.000,50,1', '1e3', 'NaN', '', '4..000'])('%j is not a number', (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });
});
