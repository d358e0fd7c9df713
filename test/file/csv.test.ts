import { detectDelimiter, parseCsv, csvCell } from '../../src/file/csv';
import { decodeText } from '../../src/file/decode';

test('semicolon and comma are found by themselves; commas inside Danish numbers do not fool it', () => {
  expect(detectDelimiter('Lejemål;Husleje;Forbrug\nA;4.000,50;500')).toBe(';');
  expect(detectDelimiter('Lejemål,Husleje,Forbrug\nA,"4.000,50",500')).toBe(',');
  expect(detectDelimiter('\n\nLejemål;"Husleje, kr."\n')).toBe(';');
});

test('quoted fields keep delimiters, quotes and line breaks', () => {
  expect(parseCsv('a;"b;c";"say ""hi""";"two\nlines"\r\nx;y\r\n', ';')).toEqual([
    ['a', 'b;c', 'say "hi"', 'two\nlines'],
    ['x', 'y'],
  ]);
});

test('a last line without a newline is read', () => {
  expect(parseCsv('a,b\n1,2', ',')).toEqual([
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

test('cells written by the product that could be a formula are written as text', () => {
  expect(csvCell('=SUM(A1)', ';', true)).toBe("'=SUM(A1)");
  expect(csvCell('-3', ';', true)).toBe("'-3");
  expect(csvCell('a;b', ';', false)).toBe('"a;b"');
  expect(csvCell('say "x"', ',', false)).toBe('"say ""x"""');
});

test('the scanner and the quote-free fast path agree on empty lines, trailing delimiters and stray quotes', () => {
  expect(parseCsv('a;b;\r\n\r\nc;5"6;"x;y"\r\n"";d\r\n', ';')).toEqual([['a', 'b', ''], [''], ['c', '5"6', 'x;y'], ['', 'd']]);
  expect(parseCsv('a;b;\n\nc;56;xy\n;d\n', ';')).toEqual([['a', 'b', ''], [''], ['c', '56', 'xy'], ['', 'd']]);
});
