import { chmodSync, linkSync, mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { emptyState, serialiseState } from '../../src/core';
import { Case, HEADER, literally, row, STANDARD, writeCsvRows, writeJson, writeText } from './types';

const sheetIn = (dir: string) => writeCsvRows(dir, 'ledige.csv', [HEADER, row('A1'), row('A2', {}, 2)]);
const agreementIn = (dir: string) => writeJson(dir, 'aftale.json', STANDARD);
const valid = serialiseState(emptyState('standard-25'));

/** A state file that is refused: exit 1, the file named, nothing decided, the file left exactly as it was. */
function corrupt(name: string, text: string, says: string): Case {
  return {
    family: 'tilstand',
    name,
    setup(dir) {
      const state = writeText(dir, 'tilstand.json', text);
      return { argv: ['allocate', '--agreement', agreementIn(dir), '--input', sheetIn(dir), '--state', state], code: 1, message: new RegExp(`^${literally(state)}: ${says}`) };
    },
  };
}

const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

const corruptStates: Case[] = [
  corrupt('ikke JSON', 'tællere: 7', 'Tilstandsfilen er ikke gyldig JSON'),
  corrupt('afskåret midt i', valid.slice(0, 60), 'Tilstandsfilen er ikke gyldig JSON'),
  corrupt('en tom fil', '', 'Tilstandsfilen er ikke gyldig JSON'),
  corrupt('en aftale i stedet for en tilstand', JSON.stringify(STANDARD), 'Filen er ikke en tilstandsfil fra Anvisningsaftaler'),
  corrupt('version 4', valid.replace('"version": 3', '"version": 4'), 'Tilstandsfilen har version 4'),
  corrupt('en anden aftales tilstand', serialiseState(emptyState('randers-bolig')), 'Tilstandsfilen hører til aftalen "randers-bolig", ikke til "standard-25"'),
  corrupt('en negativ tæller', valid.replace('"counters": {}', '"counters": {"familieboliger": -1}'), 'Tilstandsfilen er beskadiget: feltet "counters"'),
  corrupt('en tæller som tekst', valid.replace('"counters": {}', '"counters": {"familieboliger": "3"}'), 'Tilstandsfilen er beskadiget: feltet "counters"'),
  corrupt('en tæller på 2^53', valid.replace('"counters": {}', '"counters": {"familieboliger": 9007199254740993}'), 'Tilstandsfilen er beskadiget: feltet "counters"'),
  corrupt('månedsforbrug der ikke er tal', valid.replace('"capUse": {}', '"capUse": {"familieboliger": {"2024-01": null}}'), 'Tilstandsfilen er beskadiget: feltet "capUse"'),
  corrupt(
    'en nøgletæller uden boligorganisation',
    valid.replace('"keyedCounters": {}', '"keyedCounters": {"familieboliger": [{"counter": 2, "capUse": {}}]}'),
    'Tilstandsfilen er beskadiget: feltet "keyedCounters"',
  ),
  corrupt(
    'samme boligorganisation to gange',
    valid.replace('"keyedCounters": {}', '"keyedCounters": {"familieboliger": [{"organisation": "A", "counter": 2, "capUse": {}}, {"organisation": "A", "counter": 3, "capUse": {}}]}'),
    'Tilstandsfilen er beskadiget: feltet "keyedCounters"',
  ),
  corrupt('forkerte kolonner', valid.replace('"unitId",', '"lejemål",'), 'Tilstandsfilen er beskadiget: feltet "ledgerColumns"'),
  corrupt('10.000 niveauer i ledgerColumns', valid.replace(/"ledgerColumns": \[[^\]]*\]/, `"ledgerColumns": ${deep(10_000)}`), 'Tilstandsfilen er beskadiget: feltet "ledgerColumns"'),
  corrupt(
    'en afgørelse med forkert udfald',
    valid.replace('"ledger": []', '"ledger": [["A1", "2024-03-01", "kommunen", null, null, null, "x", null]]'),
    'Tilstandsfilen er beskadiget: afgørelse nr\\. 1',
  ),
  corrupt('en afgørelse med for få felter', valid.replace('"ledger": []', '"ledger": [["A1"]]'), 'Tilstandsfilen er beskadiget: afgørelse nr\\. 1'),
  corrupt('ledger er ikke en liste', valid.replace('"ledger": []', '"ledger": {}'), 'Tilstandsfilen er beskadiget: feltet "ledger"'),
];

/** The state file cannot be used as a target: the run is refused before anything is decided. */
const targets: Case[] = [
  {
    family: 'tilstand',
    name: 'skrivebeskyttet tilstandsfil',
    setup(dir) {
      const state = writeText(dir, 'tilstand.json', valid);
      chmodSync(state, 0o444);
      return { argv: ['allocate', '--agreement', agreementIn(dir), '--input', sheetIn(dir), '--state', state], code: 1, message: new RegExp(`^--state ${literally(state)} er skrivebeskyttet`) };
    },
  },
  {
    family: 'tilstand',
    name: 'tilstanden er en mappe',
    setup(dir) {
      const state = join(dir, 'tilstand.json');
      mkdirSync(state);
      return {
        argv: ['allocate', '--agreement', agreementIn(dir), '--input', sheetIn(dir), '--state', state],
        code: 2,
        message: new RegExp(`^--state ${literally(state)} er en mappe; angiv et filnavn`),
      };
    },
  },
  {
    family: 'tilstand',
    name: 'tilstandens mappe findes ikke: heller ikke resultatet gemmes',
    setup(dir) {
      const state = join(dir, 'mangler', 'tilstand.json');
      const output = join(dir, 'ud.xlsx');
      return {
        argv: ['allocate', '--agreement', agreementIn(dir), '--input', sheetIn(dir), '--state', state, '--output', output],
        code: 1,
        message: new RegExp(`^Tilstanden kunne ikke gemmes i ${literally(state)}: filen eller mappen findes ikke\\. Intet fra kørslen er gemt`),
      };
    },
  },
  {
    family: 'tilstand',
    name: 'tilstandens "mappe" er en fil',
    setup(dir) {
      const input = sheetIn(dir);
      const state = join(input, 'tilstand.json');
      return {
        argv: ['allocate', '--agreement', agreementIn(dir), '--input', input, '--state', state],
        code: 1,
        message: /^Tilstanden kunne ikke gemmes i .*: en del af stien er en fil, ikke en mappe/,
      };
    },
  },
  ...(['--input', '--output', '--agreement'] as const).map((other): Case => ({
    family: 'tilstand',
    name: `--state er samme fil som ${other}`,
    setup(dir) {
      const files = { '--input': sheetIn(dir), '--agreement': agreementIn(dir), '--output': join(dir, 'ud.csv') };
      return {
        argv: ['allocate', '--agreement', files['--agreement'], '--input', files['--input'], '--output', files['--output'], '--state', files[other]],
        code: 2,
        message: new RegExp(`^--state ${literally(files[other])} er den samme fil som ${other}`),
      };
    },
  })),
  {
    family: 'tilstand',
    name: '--state er et hårdt link til inputtet',
    setup(dir) {
      const input = sheetIn(dir);
      const state = join(dir, 'tilstand.csv');
      linkSync(input, state);
      return { argv: ['allocate', '--agreement', agreementIn(dir), '--input', input, '--state', state], code: 2, message: new RegExp(`^--state ${literally(state)} er den samme fil som --input`) };
    },
  },
];

/** States that are fine, and how the run continues from them. */
const fine: Case[] = [
  {
    family: 'tilstand',
    name: 'tællere der hedder __proto__ og constructor læses som tal',
    setup(dir) {
      const state = writeText(dir, 'tilstand.json', valid.replace('"counters": {}', '"counters": {"__proto__": 5, "constructor": 2, "familieboliger": 2}'));
      return {
        argv: ['allocate', '--agreement', agreementIn(dir), '--input', sheetIn(dir), '--state', state],
        code: 0,
        message: /4\. bolig i puljen 'Familieboliger' – hver 4\. går til kommunen/,
        writes: [state],
        verify: () => (/"__proto__": 5,\s+"constructor": 2,\s+"familieboliger": 4/.test(readFileSync(state, 'utf8')) ? null : 'the counters were not carried over as they were'),
      };
    },
  },
  {
    family: 'tilstand',
    name: 'en tilstand med BOM',
    setup(dir) {
      const state = writeText(dir, 'tilstand.json', '\uFEFF' + valid);
      return { argv: ['allocate', '--agreement', agreementIn(dir), '--input', sheetIn(dir), '--state', state], code: 0, message: /Tilstand: fortsat fra/, writes: [state] };
    },
  },
];

export const STATE_CASES: Case[] = [...corruptStates, ...targets, ...fine];
