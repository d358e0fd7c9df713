import { checkAgreement, loadAgreement } from '../../src/core';
import * as da from '../../src/core/da';

function errorsOf(text: string) {
  const r = loadAgreement(text, 'test');
  if (r.ok) throw new Error('expected the agreement to be refused');
  return r.errors;
}

const rule = (conditions: object, event: object = { type: 'allocate' }) => ({ name: 'R', conditions, event });
const fam = { all: [{ fact: 'housingType', operator: 'equal', value: 'familie' }] };

test('invalid JSON is reported with line and column', () => {
  const text = '{\n  "rules": [\n    { "name": "a", }\n  ]\n}';
  const [e] = errorsOf(text);
  expect(e.where).toBe('linje 3, kolonne 20');
  expect(e).toMatchObject({ code: 'invalidJson', values: { jsonError: 3, line: 3, column: 20 } });
  expect(da.agreementErrors.message(e)).toBe('Aftalen er ikke gyldig JSON: et feltnavn i anførselstegn var ventet.');
});

test('a missing comma is reported where it is missing', () => {
  const [e] = errorsOf('{"rules": []\n "pools": []}');
  expect(e.where).toBe('linje 2, kolonne 2');
  expect(e).toMatchObject({ code: 'invalidJson', values: { jsonError: 6 } });
});

test('schema violations name the JSON path (and line)', () => {
  const text = JSON.stringify({ pools: [{ name: 'p', every: 0 }], rules: [rule(fam, { type: 'quota', params: { pool: 'p' } })] }, null, 2);
  const errors = errorsOf(text);
  expect(errors).toContainEqual(
    expect.objectContaining({ code: 'minimum', where: expect.stringMatching(/^pools\[0\]\.every \(linje \d+, kolonne \d+\)$/), path: ['pools', 0, 'every'], values: { limit: 1 } }),
  );
});

test('a misspelt field is named with a suggestion', () => {
  const errors = errorsOf(JSON.stringify({ rules: [], defaultOutcom: 'waitlist' }));
  expect(errors[0].where).toMatch(/^defaultOutcom/);
  expect(errors[0]).toMatchObject({ code: 'unknownField', values: { field: 'defaultOutcom', suggestion: 'defaultOutcome' } });
});

test('an unknown event type lists the allowed ones', () => {
  const errors = errorsOf(JSON.stringify({ rules: [rule(fam, { type: 'give' })] }));
  expect(errors[0].where).toMatch(/^rules\[0\]\.event\.type/);
  expect(errors[0]).toMatchObject({ code: 'enum', values: { allowed: expect.arrayContaining(['quota', 'allocate', 'exclude', 'waitlist']) } });
});

test('a quota event without a pool', () => {
  const errors = errorsOf(JSON.stringify({ rules: [rule(fam, { type: 'quota' })] }));
  expect(errors[0].where).toMatch(/^rules\[0\]\.event/);
  expect(errors[0]).toMatchObject({ code: 'required', values: { field: 'params' } });
});

test('a condition on an unknown fact suggests the nearest known one', () => {
  const errors = errorsOf(JSON.stringify({ rules: [rule({ all: [{ fact: 'rentInclConsumtion', operator: 'lessThan', value: 4000 }] })] }));
  expect(errors).toMatchObject([
    { code: 'unknownFact', values: { fact: 'rentInclConsumtion', suggestion: 'rentInclConsumption' }, where: expect.stringMatching(/^rules\[0\]\.conditions\.all\[0\]\.fact/) },
  ]);
  expect(da.agreementErrors.message(errors[0])).toContain('mente du "rentInclConsumption"?');
});

test('a Danish column name used as a fact points to its fact', () => {
  const errors = errorsOf(JSON.stringify({ rules: [rule({ any: [{ fact: 'Boligtype', operator: 'equal', value: 'familie' }] })] }));
  expect(errors[0]).toMatchObject({ code: 'unknownFact', values: { fact: 'Boligtype', suggestion: 'housingType' } });
});

test('an unknown fact in a fact-to-fact comparison', () => {
  const errors = errorsOf(JSON.stringify({ rules: [rule({ all: [{ fact: 'rent', operator: 'lessThan', value: { fact: 'husleje' } }] })] }));
  expect(errors[0].where).toMatch(/^rules\[0\]\.conditions\.all\[0\]\.value\.fact/);
  expect(errors[0]).toMatchObject({ code: 'unknownFact', values: { fact: 'husleje', suggestion: 'rent' } });
});

test('an event naming an unknown pool', () => {
  const errors = errorsOf(JSON.stringify({ pools: [{ name: 'under-4000', every: 3 }], rules: [rule(fam, { type: 'quota', params: { pool: 'under-400' } })] }));
  expect(errors).toMatchObject([
    { code: 'unknownPool', values: { pool: 'under-400', known: ['under-4000'], suggestion: 'under-4000' }, where: expect.stringMatching(/^rules\[0\]\.event\.params\.pool/) },
  ]);
});

test('a rule using path (JSONPath) is refused, also inside a fact reference', () => {
  const errors = errorsOf(
    JSON.stringify({
      rules: [rule({ all: [{ fact: 'rent', path: '$.x', operator: 'lessThan', value: 4000 }] }), rule({ all: [{ fact: 'rent', operator: 'lessThan', value: { fact: 'consumption', path: '$..a' } }] })],
    }),
  );
  expect(errors.map((e) => e.where.split(' ')[0])).toEqual(['rules[0].conditions.all[0].path', 'rules[1].conditions.all[0].value.path']);
  expect(errors.map((e) => e.code)).toEqual(['pathNotAllowed', 'pathNotAllowed']);
});

test('two pools with one name', () => {
  const errors = errorsOf(
    JSON.stringify({
      pools: [
        { name: 'a', every: 3 },
        { name: 'a', every: 6 },
      ],
      rules: [],
    }),
  );
  expect(errors).toMatchObject([{ code: 'duplicatePool', where: expect.stringMatching(/^pools\[1\]\.name/), values: { pool: 'a', firstIndex: 0 } }]);
});

test('a pool needs every or share, not both, and phase within every', () => {
  const errors = errorsOf(JSON.stringify({ pools: [{ name: 'a' }, { name: 'b', every: 3, share: '1/3' }, { name: 'c', every: 3, phase: 4 }, { name: 'd', share: '5/4' }], rules: [] }));
  expect(errors.map((e) => [e.where.split(' ')[0], e.code])).toEqual([
    ['pools[0]', 'poolNeedsRule'],
    ['pools[1]', 'poolBothRules'],
    ['pools[2].phase', 'phaseTooLarge'],
    ['pools[3].share', 'badShare'],
  ]);
});

test('an unknown operator, a named condition that does not exist, and a rule that does not start with all/any/not', () => {
  const errors = errorsOf(
    JSON.stringify({
      rules: [rule({ all: [{ fact: 'rent', operator: 'lessThen', value: 4000 }] }), rule({ condition: 'familie' }), rule({ fact: 'rent', operator: 'lessThan', value: 4000 })],
    }),
  );
  expect(errors.map((e) => [e.where.split(' ')[0], e.code, e.values])).toEqual([
    ['rules[0].conditions.all[0].operator', 'unknownOperator', { operator: 'lessThen', suggestion: 'lessThan' }],
    ['rules[1].conditions.condition', 'unknownCondition', { name: 'familie' }],
    ['rules[2].conditions', 'rootCondition', {}],
  ]);
});

test('values that could never match what the sheet reader gives', () => {
  const errors = errorsOf(
    JSON.stringify({
      rules: [
        rule({ all: [{ fact: 'housingType', operator: 'equal', value: 'Familiebolig' }] }),
        rule({ all: [{ fact: 'department', operator: 'in', value: [103, '106'] }] }),
        rule({ all: [{ fact: 'rentInclConsumption', operator: 'lessThan', value: '4.000' }] }),
        rule({ all: [{ fact: 'department', operator: 'in', value: '103,106' }] }),
      ],
    }),
  );
  expect(errors.map((e) => [e.where.split(' ')[0], e.code, e.values])).toEqual([
    ['rules[0].conditions.all[0].value', 'unknownLabel', { fact: 'housingType', value: 'Familiebolig', allowed: ['familie', 'ungdom', 'aeldre'], suggestion: 'familie' }],
    ['rules[1].conditions.all[0].value[0]', 'textNotNumber', { fact: 'department', value: 103 }],
    ['rules[2].conditions.all[0].value', 'needsNumber', { operator: 'lessThan', value: '4.000' }],
    ['rules[3].conditions.all[0].value', 'needsList', { operator: 'in' }],
  ]);
  expect(da.agreementErrors.message(errors[0])).toContain('skriv "familie"');
});

test('an agreement that is not an object', () => {
  expect(errorsOf('[]')).toEqual([{ code: 'notAnObject', where: 'aftalen', values: {} }]);
});

test('a valid agreement takes its id from the file name when it has none, and the defaults', () => {
  const r = loadAgreement(JSON.stringify({ rules: [rule(fam)] }), 'min-aftale');
  if (!r.ok) throw new Error();
  expect(r.agreement.id).toBe('min-aftale');
  expect(r.agreement.defaultOutcome).toBe('waitlist');
  expect(r.agreement.rules[0].priority).toBe(1);
});

test('shares as fractions and percentages become exact fractions', () => {
  const r = loadAgreement(
    JSON.stringify({
      pools: [
        { name: 'a', share: '1/4' },
        { name: 'b', share: '30 %' },
        { name: 'c', share: 12.5 },
        { name: 'd', share: '12,5%' },
      ],
      rules: [],
    }),
    'x',
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const kinds = [...r.agreement.pools.values()].map((p) => p.kind);
  expect(kinds).toEqual([
    { kind: 'share', numerator: 1, denominator: 4, percent: null },
    { kind: 'share', numerator: 3, denominator: 10, percent: '30 %' },
    { kind: 'share', numerator: 1, denominator: 8, percent: '12,5 %' },
    { kind: 'share', numerator: 1, denominator: 8, percent: '12,5 %' },
  ]);
});

test('a share written as a fraction number (0.25) is refused: it would mean 0.25 %', () => {
  const errors = errorsOf(JSON.stringify({ pools: [{ name: 'a', share: 0.25 }], rules: [] }));
  expect(errors[0].where).toMatch(/^pools\[0\]\.share/);
});

test('named conditions that refer to each other in a ring are refused (the engine would never finish)', () => {
  const errors = errorsOf(
    JSON.stringify({
      namedConditions: { a: { all: [{ condition: 'b' }] }, b: { any: [{ condition: 'a' }] } },
      rules: [rule({ all: [{ condition: 'a' }] })],
    }),
  );
  expect(errors).toMatchObject([{ code: 'conditionCycle', where: expect.stringMatching(/^namedConditions\.a/), values: { names: ['a', 'b', 'a'] } }]);
});

test('in/notIn against another fact is refused: no fact holds a list', () => {
  const errors = errorsOf(JSON.stringify({ rules: [rule({ all: [{ fact: 'department', operator: 'in', value: { fact: 'address' } }] })] }));
  expect(errors).toMatchObject([{ code: 'needsList', where: expect.stringMatching(/^rules\[0\]\.conditions\.all\[0\]\.value/), values: { operator: 'in' } }]);
});

test('a share that divides by zero, or has more digits than can be counted exactly, is refused before any vacancy is decided', () => {
  const errors = errorsOf(
    JSON.stringify({
      pools: [
        { name: 'a', share: '1/0' },
        { name: 'b', share: ' 0 / 00 ' },
        { name: 'c', share: '1/99999999999999999999' },
        { name: 'd', share: '0/4' },
      ],
      rules: [],
    }),
  );
  expect(errors.map((e) => [e.where.split(' ')[0], e.code, e.values])).toEqual([
    ['pools[0].share', 'zeroDenominator', { share: '1/0' }],
    ['pools[1].share', 'zeroDenominator', { share: ' 0 / 00 ' }],
    ['pools[2].share', 'badShare', {}],
  ]);
  expect(da.agreementErrors.message(errors[1])).toContain('"0 / 00" deler med 0');
});

test('pool numbers past a billion are refused: counters must stay exact in the state file', () => {
  const errors = errorsOf(
    JSON.stringify({
      pools: [
        { name: 'a', every: 3, start: 1e300 },
        { name: 'b', every: 2e9, capPerMonth: 1e10 },
      ],
      rules: [],
    }),
  );
  expect(errors.map((e) => [e.where.split(' ')[0], e.code, e.values])).toEqual([
    ['pools[0].start', 'maximum', { limit: 1_000_000_000 }],
    ['pools[1].every', 'maximum', { limit: 1_000_000_000 }],
    ['pools[1].capPerMonth', 'maximum', { limit: 1_000_000_000 }],
  ]);
});

test('an agreement over 1 MB, or nested deeper than 50 levels as text or as a parsed value, is refused before it is parsed or walked', () => {
  expect(errorsOf(' '.repeat(1_048_577))).toEqual([{ code: 'tooLarge', where: 'aftalen', values: { characters: 1_048_577, limit: 1_048_576 } }]);
  expect(loadAgreement(`{"rules": [], "x-a": ${'['.repeat(49)}${']'.repeat(49)}}`, 'x').ok).toBe(true);
  expect(errorsOf(`{"rules": [],\n "x-a": ${'['.repeat(50)}${']'.repeat(50)}}`)).toEqual([{ code: 'tooDeep', where: 'linje 2, kolonne 58', values: { limit: 50, line: 2, column: 58 } }]);
  // Brackets inside texts are text, not nesting.
  expect(loadAgreement(JSON.stringify({ rules: [], name: '['.repeat(100) }), 'x').ok).toBe(true);
  let deep: unknown = { fact: 'rooms', operator: 'equal', value: 1 };
  for (let i = 0; i < 10_000; i++) deep = { not: deep };
  const parsed = checkAgreement({ rules: [{ conditions: { all: [deep] }, event: { type: 'allocate' } }] }, 'x');
  expect(parsed).toEqual({ ok: false, errors: [{ code: 'tooDeep', where: 'aftalen', values: { limit: 50 } }] });
});
