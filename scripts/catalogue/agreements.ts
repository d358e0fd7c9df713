import { mkdirSync } from 'fs';
import { join } from 'path';
import { Case, HEADER, literally, row, STANDARD, writeCsvRows, writeJson, writeText } from './types';

const sheetIn = (dir: string) => writeCsvRows(dir, 'ledige.csv', [HEADER, row('A1'), row('A2', {}, 2)]);

/** An agreement the check refuses: exit 1, the file named, each error with where it is (a JSON path or a line and column). */
function refused(name: string, text: string | Buffer | ((dir: string) => string), where: string, says: string): Case {
  return {
    family: 'aftale',
    name,
    setup(dir) {
      const agreement = typeof text === 'function' ? text(dir) : writeText(dir, 'aftale.json', text);
      return {
        argv: ['allocate', '--agreement', agreement, '--input', sheetIn(dir)],
        code: 1,
        message: new RegExp(`^Aftalen ${literally(agreement)} kan ikke bruges – [\\d.]+ fejl:\\n[\\s\\S]*  ${where}[^\\n]*: [^\\n]*${says}`),
      };
    },
  };
}

const rule = (conditions: unknown, event: unknown = { type: 'allocate' }) => ({ conditions, event });
const json = (v: unknown) => JSON.stringify(v, null, 2);
const withPool = (pool: Record<string, unknown>) => json({ pools: [{ name: 'p', ...pool }], rules: [rule({ all: [] }, { type: 'quota', params: { pool: 'p' } })] });
const withCondition = (c: unknown) => json({ rules: [rule({ all: [c] })] });

const syntax: Case[] = [
  refused('afskåret midt i', '{"rules": [', 'linje 1, kolonne \\d+', 'Aftalen er ikke gyldig JSON'),
  refused('komma efter sidste element', '{\n  "rules": [],\n}', 'linje 3, kolonne 1', 'Aftalen er ikke gyldig JSON'),
  refused('en kommentar', '{\n  // aftalen\n  "rules": []\n}', 'linje 2, kolonne 3', 'Aftalen er ikke gyldig JSON: kommentarer er ikke tilladt'),
  refused('enkelte anførselstegn', "{'rules': []}", 'linje 1, kolonne 2', 'Aftalen er ikke gyldig JSON'),
  refused('en tom fil', '', 'linje 1, kolonne 1', 'Aftalen er ikke gyldig JSON'),
  refused('kun et BOM', '\uFEFF', 'linje 1, kolonne 1', 'Aftalen er ikke gyldig JSON'),
  refused('null', 'null', 'aftalen', 'Aftalen skal være et JSON-objekt'),
  refused('en liste', '[]', 'aftalen', 'Aftalen skal være et JSON-objekt'),
  refused('et tal', '42', 'aftalen', 'Aftalen skal være et JSON-objekt'),
  refused('feltnavne uden anførselstegn', '{rules: []}', 'linje 1, kolonne 2', 'Aftalen er ikke gyldig JSON'),
  refused('NaN som tal', '{"rules": [], "x-n": NaN}', 'linje 1, kolonne \\d+', 'Aftalen er ikke gyldig JSON'),
  refused('et tal med foranstillet nul', '{"rules": [], "x-n": 012}', 'linje 1, kolonne \\d+', 'Aftalen er ikke gyldig JSON'),
  refused('et linjeskift i en tekst', '{"rules": [], "name": "to\nlinjer"}', 'linje 1, kolonne \\d+', 'Aftalen er ikke gyldig JSON'),
  refused('en ukendt \\-kode', '{"rules": [], "name": "\\x41"}', 'linje 1, kolonne \\d+', 'Aftalen er ikke gyldig JSON'),
  refused('mere efter aftalens slutning', '{"rules": []} {"rules": []}', 'linje 1, kolonne 15', 'Aftalen er ikke gyldig JSON: der står mere efter aftalens afslutning'),
];

const structure: Case[] = [
  refused('uden rules', json({ id: 'x' }), '\\(roden\\)', 'feltet "rules" mangler'),
  refused('rules er ikke en liste', json({ rules: {} }), 'rules', 'skal være en liste'),
  refused('andelen 1/0', withPool({ share: '1/0' }), 'pools\\[0\\]\\.share', 'andelen "1/0" deler med 0'),
  refused('andelen 5/4', withPool({ share: '5/4' }), 'pools\\[0\\]\\.share', 'andelen skal være en brøk fra 0 til 1'),
  refused('andelen 0,25 som tal', withPool({ share: 0.25 }), 'pools\\[0\\]\\.share', 'andelen skal være en brøk'),
  refused('every 0', withPool({ every: 0 }), 'pools\\[0\\]\\.every', 'skal være mindst 1'),
  refused('every 1,5', withPool({ every: 1.5 }), 'pools\\[0\\]\\.every', 'skal være et helt tal'),
  refused('phase over every', withPool({ every: 3, phase: 4 }), 'pools\\[0\\]\\.phase', '"phase" er 4, men skal ligge mellem 1 og every \\(3\\)'),
  refused('start 1e300', withPool({ every: 3, start: 1e300 }), 'pools\\[0\\]\\.start', 'må højst være 1\\.000\\.000\\.000'),
  refused('capPerMonth -1', withPool({ every: 3, capPerMonth: -1 }), 'pools\\[0\\]\\.capPerMonth', 'skal være mindst 0'),
  refused('en pulje der hedder __proto__', json({ pools: [{ name: '__proto__', every: 2 }], rules: [] }), 'pools\\[0\\]\\.name', 'må kun indeholde'),
  refused(
    'to puljer med samme navn',
    json({
      pools: [
        { name: 'p', every: 2 },
        { name: 'p', every: 3 },
      ],
      rules: [],
    }),
    'pools\\[1\\]\\.name',
    'to puljer hedder "p"',
  ),
  refused(
    'en ukendt pulje',
    json({ pools: [{ name: 'under-4000', every: 3 }], rules: [rule({ all: [] }, { type: 'quota', params: { pool: 'under-400' } })] }),
    'rules\\[0\\]\\.event\\.params\\.pool',
    'puljen "under-400" er ikke defineret.*mente du "under-4000"',
  ),
  refused('en ukendt kolonne', withCondition({ fact: 'husleje', operator: 'lessThan', value: 4000 }), 'rules\\[0\\]\\.conditions\\.all\\[0\\]\\.fact', 'betingelsen bruger "husleje".*mente du "rent"'),
  refused(
    'en ukendt operator',
    withCondition({ fact: 'rent', operator: 'lessThen', value: 4000 }),
    'rules\\[0\\]\\.conditions\\.all\\[0\\]\\.operator',
    'operatoren "lessThen" kendes ikke – mente du "lessThan"',
  ),
  refused(
    'kolonnen constructor',
    withCondition({ fact: 'constructor', operator: 'equal', value: 1 }),
    'rules\\[0\\]\\.conditions\\.all\\[0\\]\\.fact',
    'betingelsen bruger "constructor", som ikke er en kendt kolonne',
  ),
  refused('operatoren toString', withCondition({ fact: 'rent', operator: 'toString', value: 1 }), 'rules\\[0\\]\\.conditions\\.all\\[0\\]\\.operator', 'operatoren "toString" kendes ikke'),
  refused('JSONPath', withCondition({ fact: 'rent', operator: 'lessThan', value: 4000, path: '$..x' }), 'rules\\[0\\]\\.conditions\\.all\\[0\\]\\.path', '"path" \\(JSONPath\\) er ikke tilladt'),
  refused(
    'navngivne betingelser i ring',
    json({ namedConditions: { a: { all: [{ condition: 'b' }] }, b: { all: [{ condition: 'a' }] } }, rules: [rule({ all: [{ condition: 'a' }] })] }),
    'namedConditions\\.a',
    'henviser i ring til hinanden \\(a → b → a\\)',
  ),
  refused(
    'en ukendt navngiven betingelse',
    json({ rules: [rule({ all: [{ condition: 'familie' }] })] }),
    'rules\\[0\\]\\.conditions\\.all\\[0\\]\\.condition',
    'den navngivne betingelse "familie" findes ikke',
  ),
  refused('Familiebolig i stedet for familie', withCondition({ fact: 'housingType', operator: 'equal', value: 'Familiebolig' }), 'rules\\[0\\]\\.conditions\\.all\\[0\\]\\.value', 'skriv "familie"'),
  refused('en afdeling som tal', withCondition({ fact: 'department', operator: 'in', value: [103] }), 'rules\\[0\\]\\.conditions\\.all\\[0\\]\\.value\\[0\\]', '"department" læses som tekst'),
  refused('in uden liste', withCondition({ fact: 'department', operator: 'in', value: '103,106' }), 'rules\\[0\\]\\.conditions\\.all\\[0\\]\\.value', 'kræver en liste'),
  refused('et ukendt standardudfald', json({ defaultOutcome: 'kommunen', rules: [] }), 'defaultOutcome', 'skal være en af: "waitlist", "municipality", "excluded"'),
  refused('en ukendt hændelse', json({ rules: [rule({ all: [] }, { type: 'give' })] }), 'rules\\[0\\]\\.event\\.type', 'skal være en af'),
  refused('et dansk feltnavn', json({ regler: [] }), 'regler', 'feltet "regler" kendes ikke'),
  refused('et id med mellemrum', json({ id: 'min aftale', rules: [] }), 'id', 'må kun indeholde bogstaver'),
  refused('en dato der ikke er en dato', json({ validFrom: '1.1.2024', rules: [] }), 'validFrom', 'skal være en dato som 2024-01-01'),
];

/** `not` inside `not`, `levels` deep, in one rule. */
const nested = (levels: number) => {
  let c: unknown = { fact: 'rooms', operator: 'equal', value: 1 };
  for (let i = 0; i < levels; i++) c = { not: c };
  return JSON.stringify({ rules: [rule({ all: [c] })] });
};

const limits: Case[] = [
  refused('10.000 niveauer', '['.repeat(10_000) + ']'.repeat(10_000), 'linje 1, kolonne 51', 'Aftalen har mere end 50 niveauer'),
  refused('51 niveauer i en betingelse', nested(60), 'linje 1, kolonne \\d+', 'Aftalen har mere end 50 niveauer'),
  {
    // Refused before it is read: the message names the file and its size.
    family: 'aftale',
    name: 'en aftale på mere end 1 MB',
    setup(dir) {
      const agreement = writeText(dir, 'aftale.json', JSON.stringify({ ...STANDARD, description: 'x'.repeat(1_100_000) }));
      return {
        argv: ['allocate', '--agreement', agreement, '--input', sheetIn(dir)],
        code: 1,
        message: new RegExp(`^Aftalen ${literally(agreement)} fylder 1\\.100\\.\\d{3} byte; en aftale må højst fylde 1\\.048\\.576 byte`),
      };
    },
  },
  refused(
    '8.000 fejl',
    JSON.stringify({ rules: Array.from({ length: 8_000 }, () => rule({ all: [{ fact: 'husleje', operator: 'equal', value: 1 }] })) }),
    'rules\\[0\\]\\.conditions\\.all\\[0\\]\\.fact',
    'betingelsen bruger "husleje"[\\s\\S]*… og 7\\.900 fejl mere\\.',
  ),
];

/** An agreement that is fine, however it is written: the run completes. */
function accepted(name: string, write: (dir: string) => string, message: RegExp): Case {
  return { family: 'aftale', name, setup: (dir) => ({ argv: ['allocate', '--agreement', write(dir), '--input', sheetIn(dir)], code: 0, message }) };
}

const fine: Case[] = [
  accepted('20 niveauer af not', (d) => writeText(d, 'aftale.json', nested(20)), /Ingen fejl i rækkerne/),
  accepted('en beskrivelse på knap 1 MB', (d) => writeText(d, 'aftale.json', JSON.stringify({ ...STANDARD, description: 'x'.repeat(1_000_000) })), /Til kommunal anvisning \(0\)/),
  accepted(
    'UTF-16 med BOM (Notesblok: "Unicode")',
    (d) => writeText(d, 'aftale.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify({ ...STANDARD, name: 'Ålborg' }), 'utf16le')])),
    /Aftale: Ålborg \(standard-25\)/,
  ),
  accepted('Windows-1252 med æøå', (d) => writeText(d, 'aftale.json', Buffer.from(JSON.stringify({ ...STANDARD, name: 'Næstved Bolig, Østervang' }), 'latin1')), /Aftale: Næstved Bolig, Østervang/),
  accepted(
    'puljer der hedder constructor, toString og valueOf',
    (d) =>
      writeJson(d, 'aftale.json', {
        id: 'proto',
        pools: ['constructor', 'toString', 'valueOf'].map((name) => ({ name, label: `Puljen ${name}`, every: 2 })),
        rules: [{ name: 'alle', conditions: { all: [] }, event: { type: 'quota', params: { pool: 'constructor' } } }],
      }),
    /2\. bolig i puljen 'Puljen constructor' – hver 2\. går til kommunen/,
  ),
];

const files: Case[] = [
  {
    family: 'aftale',
    name: 'aftalen er en mappe',
    setup(dir) {
      const agreement = join(dir, 'aftale.json');
      mkdirSync(agreement);
      return { argv: ['allocate', '--agreement', agreement, '--input', sheetIn(dir)], code: 1, message: new RegExp(`^${literally(agreement)} er en mappe, ikke en fil\\.`) };
    },
  },
  {
    family: 'aftale',
    name: 'aftalen findes ikke',
    setup(dir) {
      const agreement = join(dir, 'aftale.json');
      return { argv: ['allocate', '--agreement', agreement, '--input', sheetIn(dir)], code: 1, message: new RegExp(`^Filen ${literally(agreement)} findes ikke\\.`) };
    },
  },
];

export const AGREEMENT_CASES: Case[] = [...syntax, ...structure, ...limits, ...fine, ...files];
