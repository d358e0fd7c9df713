import { detectDelimiter, parseCsv, csvCell } from '../../src/file/csv';
import { decodeText } from '../../src/core/util/decode';

function rows(text: string, delimiter: ';' | ','): string[][] {
  const r = parseCsv(text, delimiter);
  if (!r.ok) throw new Error(`unclosed quote in line ${r.unclosedQuoteLine}`);
  return r.rows;
}

test('semicolon and comma are found by themselves; commas inside Danish numbers do not fool it', () => {
  expect(detectDelimiter('Lejemål;Husleje;Forbrug\nA;4.000,50;500')).toBe(';');
  expect(detectDelimiter('Lejemål,Husleje,Forbrug\nA,"4.000,50",500')).toBe(',');
  expect(detectDelimiter('\n\nLejemål;"Husleje, kr."\n')).toBe(';');
});

test('quoted fields keep delimiters, quotes and line breaks', () => {
  expect(rows('a;"b;c";"say ""hi""";"two\nlines"\r\nx;y\r\n', ';')).toEqual([
    ['a', 'b;c', 'say "hi"', 'two\nlines'],
    ['x', 'y'],
  ]);
});

test('a last line without a newline is read', () => {
  expect(rows('a,b\n1,2', ',')).toEqual([
    ['a', 'b'],
    ['1', '2'],
  ]);
});

test('UTF-8 with and without BOM, and Windows-1252 when the bytes are not UTF-8', () => {
  const text = 'Lejemål;Områdestatus;Ældrebolig';
  expect(decodeText(Buffer.from(text, 'utf8'))).toBe(text);
  expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toBe(text);
  const cp1252 = Buffer.from(text, 'latin1'); // æøå are the same bytes in Latin-1 and Windows-1252
  expect(decodeText(cp1252)).toBe(text);
  expect(decodeText(Buffer.from([0x80, 0x20, 0x35]))).toBe('€ 5'); // 0x80 is € only in Windows-1252
});

test('UTF-16 from Excel\'s "Unicode text"', () => {
  const text = 'Lejemål\tHusleje';
  expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
});

test('every cell that could be a formula is written as text; numbers such as -5 stay numbers', () => {
  expect(csvCell('=SUM(A1)', ';')).toBe("'=SUM(A1)");
  expect(csvCell('-3', ';')).toBe('-3');
  expect(csvCell('a;b', ';')).toBe('"a;b"');
  expect(csvCell('say "x"', ',')).toBe('"say ""x"""');
});

test('the scanner and the quote-free fast path agree on empty lines, trailing delimiters and stray quotes', () => {
  expect(rows('a;b;\r\n\r\nc;5"6;"x;y"\r\n"";d\r\n', ';')).toEqual([['a', 'b', ''], [''], ['c', '5"6', 'x;y'], ['', 'd']]);
  expect(rows('a;b;\n\nc;56;xy\n;d\n', ';')).toEqual([['a', 'b', ''], [''], ['c', '56', 'xy'], ['', 'd']]);
});
