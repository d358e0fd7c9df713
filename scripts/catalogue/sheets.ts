import { mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parseCsv } from '../../src/file/csv';
import { Case, columnOf, HEADER, literally, row, STANDARD, writeCsvRows, writeJson, writeText, writeXlsxRows } from './types';
import { xlsxWithSheetXml, zipWithoutWorkbook } from './xlsxXml';

const agreementIn = (dir: string) => writeJson(dir, 'aftale.json', STANDARD);

/** A sheet whose row 3 holds one bad cell: the run completes (exit 0) and names row 3 and the column. */
function rowError(header: string, value: string, says: string): Case {
  return {
    family: 'ark',
    name: `række 3, ${header} = ${JSON.stringify(value.length > 20 ? `${value.slice(0, 12)}… (${value.length} tegn)` : value)}`,
    setup(dir) {
      const input = writeCsvRows(dir, 'ledige.csv', [HEADER, row('A1'), row('A2', { [header]: value }, 2), row('A3', {}, 3)]);
      const shown = value.length <= 60 ? literally(value) : `${literally(value.slice(0, 59))}… \\(${value.length.toLocaleString('da-DK')} tegn\\)`;
      return {
        argv: ['allocate', '--agreement', agreementIn(dir), '--input', input],
        code: 0,
        message: new RegExp(`Række 3, kolonne '${literally(header)}' \\(${columnOf(header)}\\): "${shown}" ${says}`),
      };
    },
  };
}

const NUMBER_COLUMNS = ['Rum', 'Areal', 'Husleje', 'Forbrug', 'Husleje inkl. forbrug', 'Huslejenedsættelse'];
const BAD_NUMBERS: [string, string][] = [
  ['-4000', 'er negativt'],
  ['−5.000', 'er negativt'],
  ['9'.repeat(400), 'er for stort et tal'],
  ['1.000.000.000.000.000', 'er for stort et tal'],
  ['ca. 4000', 'er ikke et tal'],
  ['4.000,-', 'er ikke et tal'],
  ['1e999', 'er ikke et tal'],
];

const numberCases = NUMBER_COLUMNS.flatMap((h) => BAD_NUMBERS.map(([v, says]) => rowError(h, v, says)));
const zeroCases = ['Rum', 'Areal', 'Husleje', 'Husleje inkl. forbrug'].flatMap((h) => ['0', '0,00'].map((v) => rowError(h, v, 'kan ikke være 0')));
const otherCells: Case[] = [
  rowError('Ledig fra', '2024-02-30', 'er ikke en gyldig dato'),
  rowError('Ledig fra', '31/04/2024', 'er ikke en gyldig dato'),
  rowError('Ledig fra', 'snart', 'er ikke en gyldig dato'),
  rowError('Ledig fra', '2023-02-29', 'er ikke en gyldig dato'),
  rowError('Boligtype', 'Erhverv', 'er ikke en kendt boligtype'),
  rowError('Områdestatus', 'Ghetto', 'er ikke en kendt områdestatus'),
  rowError('Udlejning', 'Fremleje', 'er ikke en kendt udlejningsform'),
];

function completes(name: string, rows: (string | number)[][], message: RegExp): Case {
  return {
    family: 'ark',
    name,
    setup(dir) {
      return { argv: ['allocate', '--agreement', agreementIn(dir), '--input', writeCsvRows(dir, 'ledige.csv', rows)], code: 0, message };
    },
  };
}

const wholeRows: Case[] = [
  completes('Forbrug og Huslejenedsættelse må være 0', [HEADER, row('A1', { Forbrug: '0', Huslejenedsættelse: '0,00' })], /Ingen fejl i rækkerne/),
  completes('Ledig fra mangler', [HEADER, row('A1'), row('A2', { 'Ledig fra': '' }, 2)], /Række 3, kolonne 'Ledig fra' \(I\): datoen mangler/),
  completes('Lejemål mangler', [HEADER, row('A1'), row('', {}, 2)], /Række 3, kolonne 'Lejemål' \(A\): lejemålet mangler/),
  completes('samme lejemål og dato to gange', [HEADER, row('A1'), row('A1')], /Række 3: lejemål "A1" ledig fra 2024-03-01 står allerede i række 2/),
  completes(
    'et lejemål på 40.000 tegn to gange',
    [HEADER, row('L'.repeat(40_000)), row('L'.repeat(40_000))],
    /Række 3: lejemål "L{59}… \(40\.000 tegn\)" ledig fra 2024-03-01 står allerede i række 2/,
  ),
  completes(
    'puljer, afdelinger og lejemål med navne fra Object.prototype',
    [HEADER, row('constructor', { Afdeling: '__proto__' }), row('toString', { Afdeling: 'hasOwnProperty' }, 2)],
    /Ingen fejl i rækkerne/,
  ),
];

/** A sheet the reader refuses as a whole: exit 1, the file named, nothing decided. */
function sheetError(name: string, make: (dir: string) => string | Promise<string>, says: (input: string) => string, extra: string[] = []): Case {
  return {
    family: 'ark',
    name,
    async setup(dir) {
      const input = await make(dir);
      return { argv: ['allocate', '--agreement', agreementIn(dir), '--input', input, ...extra], code: 1, message: new RegExp(says(input)) };
    },
  };
}

const quoteLine = (n: number) => `^Filen .* linje ${n}, lukkes aldrig`;

const csvSheetErrors: Case[] = [
  sheetError(
    'et anførselstegn i overskriften lukkes aldrig',
    (d) => writeText(d, 'ledige.csv', 'Lejemål;"Husleje\r\nA1;4000\r\n'),
    () => quoteLine(1),
  ),
  sheetError(
    'et anførselstegn i linje 3 lukkes aldrig',
    (d) => writeText(d, 'ledige.csv', 'Lejemål;Note\r\nA1;ok\r\nA2;"åben\r\nA3;x\r\nA4;y\r\n'),
    () => quoteLine(3),
  ),
  sheetError(
    'et anførselstegn i sidste linje lukkes aldrig',
    (d) => writeText(d, 'ledige.csv', 'Lejemål;Note\nA1;ok\nA2;"'),
    () => quoteLine(3),
  ),
  sheetError(
    'et lukket felt over to linjer, så et der aldrig lukkes',
    (d) => writeText(d, 'ledige.csv', 'Lejemål;Note\r\nA1;"to\r\nlinjer"\r\nA2;"aldrig\r\n'),
    () => quoteLine(4),
  ),
  sheetError(
    'uden kolonnen Lejemål',
    (d) =>
      writeCsvRows(d, 'ledige.csv', [
        ['Afdeling', 'Husleje'],
        ['103', '4000'],
      ]),
    (i) => `^${literally(i)}: Arket mangler kolonnen "Lejemål".*"Afdeling", "Husleje"`,
  ),
  sheetError(
    '500 ukendte kolonner og ingen Lejemål',
    (d) => writeCsvRows(d, 'ledige.csv', [Array.from({ length: 500 }, (_, i) => `Kolonne ${i}`), Array.from({ length: 500 }, () => 'x')]),
    (i) => `^${literally(i)}: Arket mangler kolonnen "Lejemål".* og 470 flere\\.`,
  ),
  sheetError(
    'en tom fil',
    (d) => writeText(d, 'ledige.csv', ''),
    (i) => `^${literally(i)}: Arket er tomt`,
  ),
  sheetError(
    'kun et BOM og mellemrum',
    (d) => writeText(d, 'ledige.csv', '\uFEFF  \r\n \r\n'),
    (i) => `^${literally(i)}: Arket er tomt`,
  ),
  sheetError(
    'binært affald med .csv',
    (d) => writeText(d, 'ledige.csv', garbage(4096, 7)),
    (i) => `^${literally(i)}: Arket`,
  ),
  sheetError(
    'inputtet er en mappe',
    (d) => mkdirIn(d, 'ledige.csv'),
    (i) => `^${literally(i)} er en mappe, ikke en fil\\.`,
  ),
  sheetError(
    'inputtet findes ikke',
    (d) => join(d, 'ingen.csv'),
    (i) => `^Filen ${literally(i)} findes ikke\\.`,
  ),
];

const xlsxSheetErrors: Case[] = [
  sheetError(
    'binært affald med .xlsx',
    (d) => writeText(d, 'ledige.xlsx', garbage(4096, 11)),
    (i) => `^Filen ${literally(i)} kunne ikke åbnes som Excel-projektmappe`,
  ),
  sheetError(
    'en zip-fil, der ikke er en projektmappe',
    async (d) => writeText(d, 'ledige.xlsx', await zipWithoutWorkbook()),
    (i) => `^Projektmappen ${literally(i)} har ingen ark`,
  ),
  sheetError(
    '--sheet findes ikke',
    (d) => writeXlsxRows(d, 'ledige.xlsx', [HEADER, row('A1')]),
    (i) => `^Arket "Uge 47" findes ikke i projektmappen ${literally(i)}\\. Ark: "Ledige"`,
    ['--sheet', 'Uge 47'],
  ),
];

/** An xlsx whose row 2 holds, in one column, a formula saved without its value. */
function uncalculated(header: string): Case {
  return {
    family: 'ark',
    name: `en formel uden gemt værdi i ${header}`,
    async setup(dir) {
      const cells = row('A1');
      const input = await xlsxWithEdit(dir, [HEADER, cells.map((v, c) => (HEADER[c] === header ? { formula: 'Ark2!B7' } : v))], (xml) => xml);
      return {
        argv: ['allocate', '--agreement', agreementIn(dir), '--input', input],
        code: 0,
        message: new RegExp(`Række 2, kolonne '${literally(header)}' \\(${columnOf(header)}\\): formlen =Ark2!B7 er gemt uden sin værdi.*Åbn projektmappen i Excel`),
      };
    },
  };
}

/** An xlsx with a raw value in Husleje (F2) that exceljs reads as a non-finite number. */
function rawNumber(raw: string, says: string): Case {
  return {
    family: 'ark',
    name: `en talcelle med <v>${raw}</v>`,
    async setup(dir) {
      const input = await xlsxWithEdit(dir, [HEADER, row('A1', { Husleje: 4321 })], (xml) => xml.replace('<v>4321</v>', `<v>${raw}</v>`));
      return { argv: ['allocate', '--agreement', agreementIn(dir), '--input', input], code: 0, message: new RegExp(`Række 2, kolonne 'Husleje' \\(F\\): ${says}`) };
    },
  };
}

const xlsxCells: Case[] = [
  ...['Lejemål', 'Husleje', 'Ledig fra', 'Boligtype'].map(uncalculated),
  rawNumber('1e999', '"Infinity" er for stort et tal'),
  rawNumber('abc', '"NaN" er ikke et tal'),
  {
    family: 'ark',
    name: 'en enkelt celle ude i XFD1048576 læses hurtigt',
    async setup(dir) {
      const input = await xlsxWithEdit(dir, [HEADER, row('A1')], (xml) =>
        xml.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>langt ude</t></is></c></row></sheetData>'),
      );
      return { argv: ['allocate', '--agreement', agreementIn(dir), '--input', input], code: 0, message: /Række 1048576, kolonne 'Lejemål' \(A\): lejemålet mangler/ };
    },
  },
  {
    family: 'ark',
    name: 'resultatkolonner efter XFD kan ikke skrives som xlsx',
    async setup(dir) {
      const input = await xlsxWithEdit(dir, [HEADER, row('A1')], (xml) => xml.replace('</sheetData>', '<row r="3"><c r="XFD3" t="inlineStr"><is><t>langt ude</t></is></c></row></sheetData>'));
      const output = join(dir, 'ud.xlsx');
      return {
        argv: ['allocate', '--agreement', agreementIn(dir), '--input', input, '--output', output],
        code: 1,
        message: new RegExp(`^${literally(output)} kan ikke skrives som Excel-projektmappe: resultatkolonnerne ville ende i kolonne 16\\.389`),
      };
    },
  },
];

/** Outputs that complete: a cell past Excel's limit, and cells that would be formulas in CSV. */
const outputs: Case[] = [
  {
    family: 'ark',
    name: 'en celle på 40.000 tegn skrives afkortet i xlsx med en advarsel',
    setup(dir) {
      const input = writeCsvRows(dir, 'ledige.csv', [HEADER, row('A1'), row('A2', { Note: 'n'.repeat(40_000) }, 2)]);
      const output = join(dir, 'ud.xlsx');
      return {
        argv: ['allocate', '--agreement', agreementIn(dir), '--input', input, '--output', output],
        code: 0,
        message: new RegExp(`Advarsel: arket "Ledige boliger", celle M3 har 40\\.000 tegn.*I ${literally(output)} er teksten afkortet`),
        writes: [output],
      };
    },
  },
  csvOutput(
    'en celle på 40.000 tegn skrives hel i csv',
    (d) => writeCsvRows(d, 'ledige.csv', [HEADER, row('A1', { Note: 'n'.repeat(40_000) })]),
    (text) => (text.includes('n'.repeat(40_000)) ? null : 'the long cell was not copied whole'),
  ),
  ...[
    ['=HYPERLINK("http://x.dk","klik")', `'=HYPERLINK("http://x.dk","klik")`],
    ['+1+1', `'+1+1`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['-2+3', `'-2+3`],
    ['\t=1', `'\t=1`],
    ['-5', '-5'],
    ['-4.000,50', '-4.000,50'],
  ].map(([cell, written]) =>
    csvOutput(
      `csv-output: Note = ${JSON.stringify(cell)}`,
      (d) => writeCsvRows(d, 'ledige.csv', [HEADER, row('A1', { Note: cell })]),
      (text) => {
        const parsed = parseCsv(text.replace(/^\uFEFF/, ''), ';');
        const note = parsed.ok ? parsed.rows[1][12] : undefined;
        return note === written ? null : `Note written as ${JSON.stringify(note)}, not ${JSON.stringify(written)}`;
      },
    ),
  ),
  csvOutput(
    'tekst fra xlsx der ligner en formel bliver tekst i csv',
    (d) => writeXlsxRows(d, 'ledige.xlsx', [HEADER, row('=1+1', { Note: '@SUM(A1:A9)' })]),
    (text) => (/^'=1\+1;.*;'@SUM\(A1:A9\);/m.test(text) ? null : 'formula-like text reached the CSV unguarded'),
  ),
];

export const SHEET_CASES: Case[] = [...numberCases, ...zeroCases, ...otherCells, ...wholeRows, ...csvSheetErrors, ...xlsxSheetErrors, ...xlsxCells, ...outputs];

/** A run that completes with --output ud.csv; `verify` reads what was written. */
function csvOutput(name: string, input: (dir: string) => string | Promise<string>, verify: (text: string) => string | null): Case {
  return {
    family: 'ark',
    name,
    async setup(dir) {
      const output = join(dir, 'ud.csv');
      return {
        argv: ['allocate', '--agreement', agreementIn(dir), '--input', await input(dir), '--output', output],
        code: 0,
        message: new RegExp(`Resultatet er skrevet til ${literally(output)}`),
        writes: [output],
        verify: () => verify(readFileSync(output, 'utf8')),
      };
    },
  };
}

/** Deterministic bytes that are no text format (a seeded generator, so a run is repeatable). */
function garbage(length: number, seed: number): Buffer {
  let a = seed;
  return Buffer.from(Array.from({ length }, () => ((a = (a * 1103515245 + 12345) >>> 0) >>> 16) & 0xff));
}

function mkdirIn(dir: string, name: string): string {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
}

/** An xlsx from rows, with its first sheet's XML edited (for cells exceljs itself never writes). */
async function xlsxWithEdit(dir: string, rows: unknown[][], edit: (xml: string) => string): Promise<string> {
  return writeText(dir, 'ledige.xlsx', await xlsxWithSheetXml(rows, edit));
}
