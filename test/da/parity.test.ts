import * as da from '../../src/core/da';
import type { FindingValues } from '../../src/core/agreement/findings/types';
import type { CellAt, RowErrorValues, SheetProblemValues } from '../../src/core/sheet/rowError';
import type { TableProblemValues } from '../../src/core/tables/tableProblem';
import { IssueOf, textOf, TextsOf } from '../../src/core/util/issue';
import { notDanish } from '../support/danish';

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

function parity<V>(family: string, texts: TextsOf<V>, samples: Samples<V>) {
  describe(family, () => {
    test('every code has a Danish text, and every text a code', () => {
      expect(Object.keys(texts).sort()).toEqual(Object.keys(samples).sort());
    });
    test.each(Object.keys(samples))('%s says a Danish sentence with its values', (code) => {
      const issue = samples[code as keyof V] as unknown as IssueOf<V>;
      expect(issue.code).toBe(code);
      const text = textOf(texts, issue);
      expect(notDanish(text)).toBeNull();
      expect(text).not.toMatch(/undefined|\[object|NaN|null/);
    });
  });
}

parity('row errors', da.rowErrorText, rowErrors);
parity('sheet problems', da.sheetProblemText, sheetProblems);
parity('findings', da.findingText, findings);
parity('register and request table problems', da.tableProblemText, tableProblems);

test('a row error names its cell by row, header and column letter (AB for the 28th column)', () => {
  expect(da.sheet.rowError(rowErrors.negative)).toBe(`Række 7, kolonne 'Husleje' (AB): "-4000" er negativt; tallet kan ikke være under 0.`);
  expect(da.sideTables.problem(tableProblems.emptyId)).toBe("Række 7, kolonne 'Afdeling' (C): forespørgslen mangler et id (kolonnen Forespørgsel).");
});
