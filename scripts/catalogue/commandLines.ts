import { chmodSync, linkSync, mkdirSync, symlinkSync } from 'fs';
import { join } from 'path';
import { Case, HEADER, literally, row, STANDARD, writeCsvRows, writeJson, writeText } from './types';

const sheetIn = (dir: string) => writeCsvRows(dir, 'ledige.csv', [HEADER, row('A1'), row('A2', {}, 2)]);
const agreementIn = (dir: string, name = 'aftale.json') => writeJson(dir, name, { ...STANDARD, id: name.replace('.json', '') });

/** Wrong usage: exit 2, the option named, the usage pointed to. */
function usage(name: string, argv: (dir: string) => string[], says: (dir: string) => string): Case {
  return { family: 'kommandolinje', name, setup: (dir) => ({ argv: argv(dir), code: 2, message: new RegExp(`^${says(dir)}`) }) };
}

const basic = (dir: string) => ['--agreement', agreementIn(dir), '--input', sheetIn(dir)];

const options: Case[] = [
  usage(
    'ingen kommando',
    () => [],
    () => 'Der mangler en kommando',
  ),
  usage(
    'en ukendt kommando',
    () => ['fordel'],
    () => 'Ukendt kommando "fordel"',
  ),
  usage(
    'en ukendt kommando der hedder constructor',
    () => ['constructor'],
    () => 'Ukendt kommando "constructor"',
  ),
  usage(
    'et ukendt tilvalg',
    (d) => ['allocate', ...basic(d), '--verbose'],
    () => 'Ukendt tilvalg "--verbose"',
  ),
  usage(
    'tilvalget --constructor',
    (d) => ['allocate', ...basic(d), '--constructor', 'x'],
    () => 'Ukendt tilvalg "--constructor"',
  ),
  usage(
    'tilvalget --__proto__',
    (d) => ['allocate', ...basic(d), '--__proto__'],
    () => 'Ukendt tilvalg "--__proto__"',
  ),
  usage(
    'et argument uden tilvalg',
    (d) => ['allocate', ...basic(d), 'ekstra.csv'],
    () => 'Uventet argument "ekstra.csv"',
  ),
  usage(
    '--input uden værdi',
    (d) => ['allocate', '--agreement', agreementIn(d), '--input'],
    () => 'Tilvalget --input mangler en værdi',
  ),
  usage(
    '--input= tom',
    (d) => ['allocate', '--agreement', agreementIn(d), '--input='],
    () => 'Tilvalget --input mangler en værdi',
  ),
  usage(
    '--input to gange',
    (d) => ['allocate', ...basic(d), '--input', 'b.csv'],
    () => 'Tilvalget --input er angivet mere end én gang',
  ),
  usage(
    'uden --agreement',
    (d) => ['allocate', '--input', sheetIn(d)],
    () => 'Tilvalget --agreement skal angives',
  ),
  usage(
    'et ukendt format',
    (d) => ['allocate', ...basic(d), '--format', 'xml'],
    () => 'Formatet "xml" kendes ikke',
  ),
  usage(
    'inputtet er en pdf',
    (d) => ['allocate', '--agreement', agreementIn(d), '--input', writeText(d, 'ledige.pdf', '%PDF')],
    (d) => `Filen ${literally(join(d, 'ledige.pdf'))} er hverken \\.xlsx eller \\.csv`,
  ),
  usage(
    'resultatet som .json',
    (d) => ['allocate', ...basic(d), '--output', join(d, 'ud.json')],
    (d) => `Resultatet kan kun skrives som \\.xlsx eller \\.csv, ikke ${literally(join(d, 'ud.json'))}`,
  ),
  usage(
    'simulate med én aftale',
    (d) => ['simulate', '--agreements', agreementIn(d), '--input', sheetIn(d)],
    () => 'simulate skal have mindst to aftaler',
  ),
  usage(
    'simulate til csv',
    (d) => ['simulate', '--agreements', agreementIn(d, 'a.json'), agreementIn(d, 'b.json'), '--input', sheetIn(d), '--output', join(d, 'ud.csv')],
    () => 'Sammenligningen kan kun skrives som Excel-projektmappe',
  ),
  usage(
    'simulate --queue -1',
    (d) => ['simulate', '--agreements', agreementIn(d, 'a.json'), agreementIn(d, 'b.json'), '--input', sheetIn(d), '--queue=-1'],
    () => '--queue skal være et helt tal',
  ),
  usage(
    'simulate --affordable abc',
    (d) => ['simulate', '--agreements', agreementIn(d, 'a.json'), agreementIn(d, 'b.json'), '--input', sheetIn(d), '--affordable', 'abc'],
    () => '--affordable skal være et tal, ikke "abc"',
  ),
  usage(
    'sweep uden gitter',
    (d) => ['sweep', ...basic(d), '--target', '5'],
    () => 'sweep skal have mindst ét af --every og --threshold',
  ),
  usage(
    'sweep --every forkert',
    (d) => ['sweep', ...basic(d), '--target', '5', '--every', 'familieboliger=4-2'],
    () => '--every skrives PULJE=FRA\\.\\.TIL',
  ),
  usage(
    'sweep --every baglæns',
    (d) => ['sweep', ...basic(d), '--target', '5', '--every', 'familieboliger=4..2'],
    () => '"familieboliger=4\\.\\.2": FRA må ikke være større end TIL',
  ),
  usage(
    'sweep --threshold med 400 nitaller',
    (d) => ['sweep', ...basic(d), '--target', '5', '--threshold', `rent:4000=1..${'9'.repeat(400)}:1`],
    () => '--threshold skrives KOLONNE:VÆRDI=FRA\\.\\.TIL:TRIN',
  ),
  usage(
    'sweep en ukendt pulje',
    (d) => ['sweep', ...basic(d), '--target', '5', '--every', 'constructor=2..3'],
    () => 'Aftalen har ingen pulje "constructor"',
  ),
  usage(
    'sweep --target x',
    (d) => ['sweep', ...basic(d), '--target', 'x', '--every', 'familieboliger=2..3'],
    () => '--target skal være et tal, ikke "x"',
  ),
];

/** --output that would write over something it must not, or cannot be a file. */
const outputs: Case[] = [
  usage(
    '--output er inputtet',
    (d) => [...['allocate', ...basic(d)], '--output', join(d, '.', 'ledige.csv')],
    (d) => `Resultatet må ikke skrives oven i inputfilen \\(${literally(join(d, 'ledige.csv'))}\\)`,
  ),
  ...(['hårdt', 'symbolsk'] as const).map((kind) =>
    usage(
      `--output er et ${kind} link til inputtet`,
      (d) => {
        const argv = ['allocate', ...basic(d)];
        (kind === 'hårdt' ? linkSync : symlinkSync)(join(d, 'ledige.csv'), join(d, 'ud.csv'));
        return [...argv, '--output', join(d, 'ud.csv')];
      },
      () => 'Resultatet må ikke skrives oven i inputfilen',
    ),
  ),
  usage(
    '--output er en xlsx-aftale',
    (d) => ['allocate', '--agreement', writeText(d, 'aftale.xlsx', 'x'), '--input', sheetIn(d), '--output', join(d, 'aftale.xlsx')],
    (d) => `--output ${literally(join(d, 'aftale.xlsx'))} er den samme fil som --agreement`,
  ),
  usage(
    '--output er en mappe',
    (d) => {
      mkdirSync(join(d, 'ud.xlsx'));
      return ['allocate', ...basic(d), '--output', join(d, 'ud.xlsx')];
    },
    (d) => `--output ${literally(join(d, 'ud.xlsx'))} er en mappe; angiv et filnavn`,
  ),
  usage(
    'check --output er inputtet',
    (d) => ['check', ...basic(d), '--output', join(d, 'ledige.csv')],
    () => 'Resultatet må ikke skrives oven i inputfilen',
  ),
  usage(
    'simulate --output er en af aftalerne',
    (d) => ['simulate', '--agreements', agreementIn(d, 'a.json'), writeText(d, 'b.xlsx', 'x'), '--input', sheetIn(d), '--output', join(d, 'b.xlsx')],
    (d) => `--output ${literally(join(d, 'b.xlsx'))} er den samme fil som --agreements`,
  ),
  {
    family: 'kommandolinje',
    name: '--output er skrivebeskyttet',
    setup(dir) {
      const output = writeText(dir, 'ud.csv', 'gammelt resultat');
      chmodSync(output, 0o444);
      return { argv: ['allocate', ...basic(dir), '--output', output], code: 1, message: new RegExp(`^--output ${literally(output)} er skrivebeskyttet`) };
    },
  },
  {
    family: 'kommandolinje',
    name: '--output i en mappe der ikke findes',
    setup(dir) {
      const output = join(dir, 'mangler', 'ud.xlsx');
      const state = join(dir, 'tilstand.json');
      return {
        argv: ['allocate', ...basic(dir), '--output', output, '--state', state],
        code: 1,
        message: new RegExp(`^Kunne ikke skrive ${literally(output)}: filen eller mappen findes ikke\\. Intet fra kørslen er gemt`),
      };
    },
  },
  {
    family: 'kommandolinje',
    name: 'check --output i en mappe der ikke findes',
    setup(dir) {
      const output = join(dir, 'mangler', 'kontrol.xlsx');
      const input = writeCsvRows(dir, 'log.csv', [
        [...HEADER, 'Udlejet til'],
        [...row('A1'), 'Venteliste'],
      ]);
      return {
        argv: ['check', '--agreement', agreementIn(dir), '--input', input, '--output', output],
        code: 1,
        message: new RegExp(`^Kunne ikke skrive ${literally(output)}: filen eller mappen findes ikke`),
      };
    },
  },
  {
    family: 'kommandolinje',
    name: 'check uden "Udlejet til"',
    setup(dir) {
      const input = sheetIn(dir);
      return { argv: ['check', '--agreement', agreementIn(dir), '--input', input], code: 1, message: new RegExp(`^${literally(input)}: Udlejningsloggen mangler kolonnen "Udlejet til"`) };
    },
  },
  {
    family: 'kommandolinje',
    name: 'check med "constructor" i Udlejet til',
    setup(dir) {
      const input = writeCsvRows(dir, 'log.csv', [
        [...HEADER, 'Udlejet til'],
        [...row('A1'), 'constructor'],
      ]);
      return { argv: ['check', '--agreement', agreementIn(dir), '--input', input], code: 0, message: /Række 2, kolonne 'Udlejet til' \(N\): "constructor" er ikke en kendt udlejning/ };
    },
  },
  {
    family: 'kommandolinje',
    name: 'check læser en skrivebeskyttet tilstand uden at skrive den',
    setup(dir) {
      const input = writeCsvRows(dir, 'log.csv', [
        [...HEADER, 'Udlejet til'],
        [...row('A1'), 'Venteliste'],
      ]);
      const state = writeText(dir, 'tilstand.json', JSON.stringify({ format: 'anvisning-tilstand', version: 1, agreement: 'aftale', counters: { familieboliger: 3 }, capUse: {}, ledger: [] }));
      chmodSync(state, 0o444);
      return { argv: ['check', '--agreement', agreementIn(dir), '--input', input, '--state', state], code: 0, message: /Afvigelser|Ingen afvigelser/ };
    },
  },
];

export const COMMAND_LINE_CASES: Case[] = [...options, ...outputs];
