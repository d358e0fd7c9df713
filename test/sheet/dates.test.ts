import { parseDate } from '../../src/core/sheet/dates';

describe('dates', () => {
  test.each([
    ['2024-03-01', '2024-03-01'],
    ['01-03-2024', '2024-03-01'],
    ['01.03.2024', '2024-03-01'],
    ['01/03/2024', '2024-03-01'],
    ['1.3.2024', '2024-03-01'],
    ['2024-02-29', '2024-02-29'],
    ['29-02-2024', '2024-02-29'],
    ['2024-03-01 00:00:00', '2024-03-01'],
    ['2024-03-01T00:00:00', '2024-03-01'],
  ])('%j reads as %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  test.each([
    [45352, '2024-03-01'],
    [45292, '2024-01-01'],
    [45352.75, '2024-03-01'],
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
  ])('Excel serial %p is %s', (serial, iso) => {
    expect(parseDate(serial)).toBe(iso);
  });

  test('a Date from an xlsx cell (UTC midnight) keeps its calendar day', () => {
    expect(parseDate(new Date(Date.UTC(2024, 0, 31)))).toBe('2024-01-31');
  });

  test.each(['2024-02-30', '30-02-2024', '31/04/2024', '2023-02-29', '00-01-2024', '2024-13-01', 'snart', '1. marts 2024', '01-03-24', '', '45292', '2024'])('%j is not a date', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });

  test("Excel's fictitious 29 February 1900 (serial 60) is not a date", () => {
    expect(parseDate(60)).toBeUndefined();
  });
});
