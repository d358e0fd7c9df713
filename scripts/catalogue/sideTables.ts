import { mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { repoRoot } from '../repoRoot';
import { Case, HEADER, literally, row, STANDARD, writeCsvRows, writeJson, writeXlsxRows } from './types';

/**
 * Broken department registers and requests tables, and command lines that lack the one an
 * agreement needs (issue 14): a table with a problem is refused with its row and column (exit 1,
 * nothing decided or saved); a missing one is wrong usage (exit 2).
 */
const sheetIn = (dir: string) => writeCsvRows(dir, 'ledige.csv', [HEADER, row('A1'), row('A2', {}, 2)]);
const agreementIn = (dir: string) => writeJson(dir, 'aftale.json', STANDARD);
const bundledIn = (dir: string, id: string) => writeJson(dir, `${id}.json`, JSON.parse(readFileSync(join(repoRoot(), 'rules', `${id}.json`), 'utf8')));

function refused(name: string, option: '--departments' | '--requests', write: (dir: string) => Promise<string> | string, says: string): Case {
  return {
    family: 'kommandolinje',
    name,
    async setup(dir) {
      const table = await write(dir);
      const state = join(dir, 'tilstand.json');
      const what = option === '--departments' ? 'Afdelingsregistret' : 'Forespørgslerne';
      return {
        argv: ['allocate', '--agreement', agreementIn(dir), '--input', sheetIn(dir), option, table, '--state', state],
        code: 1,
        message: new RegExp(`^${literally(table)}: ${what} kan ikke bruges – \\d+ fejl; intet er fordelt:\\n {2}${says}`),
      };
    },
  };
}

function usage(name: string, argv: (dir: string) => string[], says: string): Case {
  return { family: 'kommandolinje', name, setup: (dir) => ({ argv: argv(dir), code: 2, message: new RegExp(says) }) };
}

const REQUEST_HEADER = ['Forespørgsel', 'Oprettet', 'Udløber', 'Boligtype'];

export const SIDE_TABLE_CASES: Case[] = [
  refused(
    'afdelingsregister: en afdeling to gange',
    '--departments',
    (d) =>
      writeCsvRows(d, 'afd.csv', [
        ['Afdeling', 'Gruppe'],
        ['103', 'A'],
        ['103', 'B'],
      ]),
    "Række 3, kolonne 'Afdeling' \\(A\\): afdeling 103 står allerede i række 2",
  ),
  refused(
    'afdelingsregister: en ukendt områdestatus, i arket Afdelinger',
    '--departments',
    (d) =>
      writeXlsxRows(
        d,
        'afd.xlsx',
        [
          ['Afdeling', 'Områdestatus'],
          [103, 'Ghetto'],
        ],
        'Afdelinger',
      ),
    'Række 2, kolonne \'Områdestatus\' \\(B\\): "Ghetto" er ikke en kendt områdestatus',
  ),
  refused(
    'afdelingsregister: uden kolonnen Afdeling',
    '--departments',
    (d) =>
      writeCsvRows(d, 'afd.csv', [
        ['Navn', 'Gruppe'],
        ['Engen', 'A'],
      ]),
    'Afdelingsregistret mangler kolonnen "Afdeling"',
  ),
  refused(
    'afdelingsregister: en række uden afdeling',
    '--departments',
    (d) =>
      writeCsvRows(d, 'afd.csv', [
        ['Afdeling', 'Gruppe'],
        ['', 'A'],
      ]),
    "Række 2, kolonne 'Afdeling' \\(A\\): afdelingen mangler",
  ),
  refused(
    'forespørgsler: et id to gange',
    '--requests',
    (d) => writeCsvRows(d, 'f.csv', [REQUEST_HEADER, ['F-1', '2024-01-01', '', ''], ['F-1', '2024-01-02', '', '']]),
    'Række 3, kolonne \'Forespørgsel\' \\(A\\): forespørgslen "F-1" står allerede i række 2',
  ),
  refused(
    'forespørgsler: den 30. februar',
    '--requests',
    (d) => writeCsvRows(d, 'f.csv', [REQUEST_HEADER, ['F-1', '30-02-2024', '', '']]),
    'Række 2, kolonne \'Oprettet\' \\(B\\): "30-02-2024" er ikke en gyldig dato',
  ),
  refused(
    'forespørgsler: en ukendt boligtype',
    '--requests',
    (d) => writeCsvRows(d, 'f.csv', [REQUEST_HEADER, ['F-1', '2024-01-01', '', 'Villa']]),
    'Række 2, kolonne \'Boligtype\' \\(D\\): "Villa" er ikke en kendt boligtype',
  ),
  refused(
    'forespørgsler: udløber før den er oprettet',
    '--requests',
    (d) => writeCsvRows(d, 'f.csv', [REQUEST_HEADER, ['F-1', '2024-02-01', '2024-01-01', '']]),
    "Række 2, kolonne 'Udløber' \\(C\\): forespørgslen udløber, før den er oprettet",
  ),
  refused(
    'forespørgsler: uden kolonnen Oprettet',
    '--requests',
    (d) =>
      writeCsvRows(d, 'f.csv', [
        ['Forespørgsel', 'Boligtype'],
        ['F-1', ''],
      ]),
    'Forespørgslerne mangler kolonnen "Oprettet"',
  ),
  {
    family: 'kommandolinje',
    name: 'afdelingsregister: en mappe',
    setup(dir) {
      const folder = join(dir, 'afd.csv');
      mkdirSync(folder);
      return { argv: ['allocate', '--agreement', agreementIn(dir), '--input', sheetIn(dir), '--departments', folder], code: 1, message: new RegExp(`^${literally(folder)} er en mappe, ikke en fil`) };
    },
  },
  usage(
    'afdelingsregistret er en pdf',
    (d) => ['allocate', '--agreement', agreementIn(d), '--input', sheetIn(d), '--departments', join(d, 'afd.pdf')],
    '^--departments .*afd\\.pdf er hverken \\.xlsx eller \\.csv',
  ),
  usage(
    'en aftale efter afdelingsgruppe uden --departments',
    (d) => ['allocate', '--agreement', bundledIn(d, 'rammeaftale-grupper'), '--input', sheetIn(d)],
    '^Aftalen "rammeaftale-grupper" giver afdelingerne andel efter deres gruppe',
  ),
  usage(
    'en aftale efter forespørgsel uden --requests',
    (d) => ['check', '--agreement', bundledIn(d, 'esbjerg-forespoergsel'), '--input', sheetIn(d)],
    '^Aftalen "esbjerg-forespoergsel" giver kommunen boliger efter dens forespørgsler',
  ),
  usage(
    '--output oven i --requests',
    (d) => ['allocate', '--agreement', agreementIn(d), '--input', sheetIn(d), '--requests', writeCsvRows(d, 'f.csv', [REQUEST_HEADER]), '--output', join(d, 'f.csv')],
    '^--output .*f\\.csv er den samme fil som --requests',
  ),
];
