import * as da from '../../src/core/da';
import type { AgreementError, AgreementIssueValues } from '../../src/core/agreement/agreementError';
import type { GridProblemValues } from '../../src/core/simulation/gridProblem';
import type { StateProblemValues } from '../../src/core/allocation/stateProblem';
import type { FindingValues } from '../../src/core/agreement/findings/types';
import type { CellAt, RowErrorValues, SheetProblemValues } from '../../src/core/sheet/rowError';
import type { TableProblemValues } from '../../src/core/tables/tableProblem';
import { IssueOf, textOf, TextsOf } from '../../src/core/util/issue';
import { NOT_OURS, notDanish } from '../support/danish';

/** Common Danish words, wider than notDanish's list: every sentence here has one of them or passes notDanish. */
const DANISH_WORDS = /\b(og|eller|men|har|kun|bruges|den|det|en|et|til|med|på|af|som)\b/i;

/**
 * Every code of every family of errors and findings has its Danish text, and says a sentence with
 * sample values. The samples are typed by the same map as the texts: a new code without a sample,
 * like a new code without a text, does not compile.
 */
type Samples<V> = { [C in keyof V]: { code: C } & V[C] };

const at: CellAt = { row: 7, column: 27, header: 'Husleje' };
const cell = { row: 7, column: 2, header: 'Afdeling' };
const about = { rule: null, pool: null, fact: null, value: null };

const rowErrors: Samples<RowErrorValues> = {
  emptyUnitId: { code: 'emptyUnitId', at },
  emptyDate: { code: 'emptyDate', at },
  badDate: { code: 'badDate', at, text: '2024-02-30' },
  badNumber: { code: 'badNumber', at, text: 'fire tusind' },
  uncalculated: { code: 'uncalculated', at, formula: '=A1*2' },
  tooLarge: { code: 'tooLarge', at, text: '1e999' },
  negative: { code: 'negative', at, text: '-4000' },
  zero: { code: 'zero', at, text: '0' },
  badHousingType: { code: 'badHousingType', at, text: 'Erhverv' },
  badAreaStatus: { code: 'badAreaStatus', at, text: 'Ghetto' },
  badLettingType: { code: 'badLettingType', at, text: 'Måske' },
  duplicate: { code: 'duplicate', row: 9, unitId: 'A6', vacantFrom: '2024-01-02', earlierRow: 7 },
  badLetTo: { code: 'badLetTo', at, text: 'Måske' },
  badOfferDate: { code: 'badOfferDate', at, text: 'i går' },
  badAnswer: { code: 'badAnswer', at, text: 'Tja' },
};

const sheetProblems: Samples<SheetProblemValues> = {
  emptySheet: { code: 'emptySheet' },
  missingUnitIdColumn: { code: 'missingUnitIdColumn', found: ['Afdeling', 'Husleje'] },
};

const findings: Samples<FindingValues> = {
  shadowed: { code: 'shadowed', ...about, rule: 'smal', values: { position: 2, by: 'bred', byPosition: 1 } },
  unusedPool: { code: 'unusedPool', ...about, pool: 'glemt', values: { label: 'Glemt pulje' } },
  boundary: { code: 'boundary', ...about, rule: 'dyr', fact: 'rentInclConsumption', value: 4000, values: { under: 'billig', over: 'dyr' } },
  noHits: { code: 'noHits', ...about, rule: 'ingen', values: { rows: 12 } },
  unknownValue: { code: 'unknownValue', ...about, rule: 'afd. 130', fact: 'department', value: '130' },
  mixedOrganisations: { code: 'mixedOrganisations', ...about, pool: 'alle', fact: 'organisation', values: { label: 'Alle', organisations: ['Alfa', 'Beta'] } },
};

const nowhere = { row: null, column: null, header: null } as const;
const tableProblems: Samples<TableProblemValues> = {
  emptyTable: { code: 'emptyTable', ...nowhere, values: { table: 'register' } },
  missingColumn: { code: 'missingColumn', ...nowhere, row: 1, values: { table: 'requests', column: 'Forespørgsel', found: ['Id'] } },
  missingCreated: { code: 'missingCreated', ...nowhere, values: { column: 'Oprettet' } },
  uncalculated: { code: 'uncalculated', ...cell, values: { formula: '=B2' } },
  emptyDepartment: { code: 'emptyDepartment', ...cell, values: {} },
  emptyOrganisation: { code: 'emptyOrganisation', ...cell, values: {} },
  duplicateDepartment: { code: 'duplicateDepartment', ...cell, values: { department: '103', organisation: 'Alfa', earlierRow: 2 } },
  badAreaStatus: { code: 'badAreaStatus', ...cell, values: { text: 'Ghetto' } },
  emptyId: { code: 'emptyId', ...cell, values: {} },
  duplicateRequest: { code: 'duplicateRequest', ...cell, values: { request: 'F-1', earlierRow: 2 } },
  emptyDate: { code: 'emptyDate', ...cell, values: {} },
  badDate: { code: 'badDate', ...cell, values: { text: '31-02-2024' } },
  expiresBeforeCreated: { code: 'expiresBeforeCreated', ...cell, values: { created: '2024-03-01', expires: '2024-02-01' } },
  badNumber: { code: 'badNumber', ...cell, values: { text: 'billig' } },
  tooLarge: { code: 'tooLarge', ...cell, values: { text: '9'.repeat(30) } },
  notWhole: { code: 'notWhole', ...cell, values: { text: '2,5' } },
  roomsReversed: { code: 'roomsReversed', ...cell, values: { minRooms: 4, maxRooms: 2 } },
  badHousingType: { code: 'badHousingType', ...cell, values: { text: 'Rækkehus' } },
  badDepartments: { code: 'badDepartments', ...cell, values: { text: 'ikke 103' } },
};

const none = { values: {} } as const;
const inner: AgreementError = { code: 'invalidJson', where: 'linje 1, kolonne 10', values: { jsonError: 4, line: 1, column: 10 } };
const agreementErrors: Samples<AgreementIssueValues> = {
  invalidJson: { code: 'invalidJson', values: { jsonError: 6, line: 2, column: 3 } },
  notAnObject: { code: 'notAnObject', ...none },
  tooLarge: { code: 'tooLarge', values: { characters: 2_000_000, limit: 1_048_576 } },
  tooDeep: { code: 'tooDeep', values: { limit: 50 } },
  required: { code: 'required', values: { field: 'rules' } },
  unknownField: { code: 'unknownField', values: { field: 'defaultOutcom', suggestion: 'defaultOutcome' } },
  type: { code: 'type', values: { types: ['string', 'number'] } },
  enum: { code: 'enum', values: { allowed: ['quota', 'allocate'] } },
  minimum: { code: 'minimum', values: { limit: 1 } },
  maximum: { code: 'maximum', values: { limit: 1_000_000_000 } },
  empty: { code: 'empty', ...none },
  pattern: { code: 'pattern', values: { field: 'id' } },
  invalid: { code: 'invalid', ...none },
  pathNotAllowed: { code: 'pathNotAllowed', ...none },
  rootCondition: { code: 'rootCondition', ...none },
  unknownFact: { code: 'unknownFact', values: { fact: 'husleje', suggestion: 'rent' } },
  unknownOperator: { code: 'unknownOperator', values: { operator: 'lessThen', suggestion: 'lessThan' } },
  conditionCycle: { code: 'conditionCycle', values: { names: ['a', 'b', 'a'] } },
  unknownCondition: { code: 'unknownCondition', values: { name: 'familie' } },
  factValueShape: { code: 'factValueShape', ...none },
  needsList: { code: 'needsList', values: { operator: 'in' } },
  needsNumber: { code: 'needsNumber', values: { operator: 'lessThan', value: '4.000' } },
  textNotNumber: { code: 'textNotNumber', values: { fact: 'department', value: 103 } },
  unknownLabel: { code: 'unknownLabel', values: { fact: 'housingType', value: 'Familiebolig', allowed: ['familie', 'ungdom', 'aeldre'], suggestion: 'familie' } },
  unknownPool: { code: 'unknownPool', values: { pool: 'under-400', known: ['under-4000'], suggestion: 'under-4000' } },
  duplicatePool: { code: 'duplicatePool', values: { pool: 'a', firstIndex: 0 } },
  poolNeedsRule: { code: 'poolNeedsRule', ...none },
  poolBothRules: { code: 'poolBothRules', ...none },
  phaseWithoutEvery: { code: 'phaseWithoutEvery', ...none },
  phaseTooLarge: { code: 'phaseTooLarge', values: { phase: 4, every: 3 } },
  badShare: { code: 'badShare', ...none },
  zeroDenominator: { code: 'zeroDenominator', values: { share: '1/0' } },
  noSheet: { code: 'noSheet', ...none },
  noRules: { code: 'noRules', ...none },
  missingColumn: { code: 'missingColumn', values: { table: 'Puljer', column: 'Pulje' } },
  unknownColumn: { code: 'unknownColumn', values: { table: 'Regler', header: 'Huslejen', suggestion: 'Husleje', known: ['Husleje', 'Rum'] } },
  duplicateColumn: { code: 'duplicateColumn', values: { header: 'Udfald' } },
  dataWithoutHeader: { code: 'dataWithoutHeader', ...none },
  unknownSheetField: { code: 'unknownSheetField', values: { field: 'Partner', suggestion: 'Parter', known: ['Id', 'Navn', 'Parter'] } },
  duplicateField: { code: 'duplicateField', values: { field: 'Navn' } },
  badDefaultOutcome: { code: 'badDefaultOutcome', values: { text: 'kommunal' } },
  badSheetDate: { code: 'badSheetDate', values: { text: '31.02.2024' } },
  poolNameMissing: { code: 'poolNameMissing', ...none },
  notWholeNumber: { code: 'notWholeNumber', values: { header: 'Hver', text: '3,5' } },
  badPer: { code: 'badPer', values: { text: 'Kommune' } },
  badCondition: { code: 'badCondition', values: { fact: 'rooms', header: 'Rum', problem: { code: 'notWhole', text: '1,2', suggestion: '1; 2' } } },
  missingOutcome: { code: 'missingOutcome', ...none },
  badOutcome: { code: 'badOutcome', values: { text: 'Kvotepulje' } },
  poolNotUsed: { code: 'poolNotUsed', values: { outcome: 'Undtaget', pool: 'under-4000' } },
  missingPool: { code: 'missingPool', ...none },
  badJson: { code: 'badJson', values: { text: '{"any": [}', error: inner } },
  extraNotCondition: { code: 'extraNotCondition', values: { text: '[1]' } },
  storedUnreadable: { code: 'storedUnreadable', values: { reason: 'Excel kunne ikke læse projektmappens indstillinger.' } },
  storedDamaged: { code: 'storedDamaged', ...none },
};

const stateProblems: Samples<StateProblemValues> = {
  notJson: { code: 'notJson' },
  foreign: { code: 'foreign' },
  version: { code: 'version', version: 4 },
  otherAgreement: { code: 'otherAgreement', stored: 'randers-bolig', wanted: 'standard-25' },
  badField: { code: 'badField', field: 'counters' },
  badEntry: { code: 'badEntry', entry: 2 },
};

const gridProblems: Samples<GridProblemValues> = {
  noDimensions: { code: 'noDimensions' },
  tooManyDimensions: { code: 'tooManyDimensions', dimensions: 4, max: 3 },
  repeatedDimension: { code: 'repeatedDimension', key: 'under-4000' },
  tooManyVariants: { code: 'tooManyVariants', variants: 5000, max: 1000 },
  noValues: { code: 'noValues', key: 'under-4000' },
  unknownPool: { code: 'unknownPool', pool: 'under-400', known: ['under-4000'] },
  poolNotEvery: { code: 'poolNotEvery', pool: 'andel' },
  badEvery: { code: 'badEvery', value: 0 },
  noThreshold: { code: 'noThreshold', fact: 'rentInclConsumption', value: 4000 },
};

function parity<V>(family: string, texts: TextsOf<V>, samples: Samples<V>) {
  describe(family, () => {
    test('every code has a Danish text, and every text a code', () => {
      expect(Object.keys(texts).sort()).toEqual(Object.keys(samples).sort());
    });
    test.each(Object.keys(samples))('%s says a Danish sentence with its values', (code) => {
      const issue = samples[code as keyof V] as unknown as IssueOf<V>;
      expect(issue.code).toBe(code);
      const text = textOf(texts, issue);
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(NOT_OURS);
      expect(notDanish(text) === null || DANISH_WORDS.test(text)).toBe(true);
      expect(text).not.toMatch(/undefined|\[object|NaN|null/);
    });
  });
}

parity('row errors', da.rowErrorText, rowErrors);
parity('sheet problems', da.sheetProblemText, sheetProblems);
parity('findings', da.findingText, findings);
parity('agreement errors', da.agreementErrorText, agreementErrors);
parity('state problems', da.stateProblemText, stateProblems);
parity('sweep grid problems', da.gridProblemText, gridProblems);
parity('register and request table problems', da.tableProblemText, tableProblems);

test('a row error names its cell by row, header and column letter (AB for the 28th column)', () => {
  expect(da.sheet.rowError(rowErrors.negative)).toBe(`Række 7, kolonne 'Husleje' (AB): "-4000" er negativt; tallet kan ikke være under 0.`);
  expect(da.sideTables.problem(tableProblems.emptyId)).toBe("Række 7, kolonne 'Afdeling' (C): forespørgslen mangler et id (kolonnen Forespørgsel).");
});

test('an agreement error inside a cell’s Betingelse (JSON) says where in it', () => {
  const e: AgreementError = { ...agreementErrors.unknownOperator, where: 'Regler!I15', inner: ['any', 0, 'operator'] };
  expect(da.agreementErrors.line(e)).toBe('Regler!I15: i Betingelse (JSON), any[0].operator: operatoren "lessThen" kendes ikke – mente du "lessThan"?');
});

describe('compile refusals (why json-rules-engine decides)', () => {
  test.each(Object.keys(da.compile.what))('%s says a Danish sentence naming the rule and the place', (code) => {
    const text = da.compile.refusal({ refused: code as keyof typeof da.compile.what, path: ['all', 0, 'operator'], rule: 'Familieboliger', ruleIndex: 0 }, 'rules[0].conditions.all[0].operator');
    expect(text).toContain('"Familieboliger"');
    expect(text).toContain('rules[0].conditions.all[0].operator');
    expect(text).not.toMatch(NOT_OURS);
    expect(text).not.toMatch(/undefined|\[object|NaN|null/);
  });
});
