import Ajv, { ValidateFunction } from 'ajv';
import fc from 'fast-check';
import fs from 'fs';
import path from 'path';
import schema from '../../src/core/agreement/agreement.schema.json';
import generatedValidator from '../../src/core/agreement/schemaValidator.generated';

const { validatorSource, TARGET } = require('../../scripts/make-validator.js') as { validatorSource: () => string; TARGET: string };

const generated = generatedValidator as unknown as ValidateFunction;

/** ajv compiling the schema at run time, as schemaCheck.ts did before the validator was generated. */
const runtime = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);

function sameVerdict(data: unknown): void {
  const a = runtime(data);
  const b = generated(data);
  expect(b).toBe(a);
  expect(generated.errors ?? null).toEqual(runtime.errors ?? null);
}

const bundled = fs
  .readdirSync(path.join(__dirname, '..', '..', 'rules'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'rules', f), 'utf8')) as Record<string, unknown>);

describe('the generated agreement validator', () => {
  it('is what scripts/make-validator.js makes from the schema now (npm run build:cli rewrites it)', () => {
    expect(fs.readFileSync(TARGET, 'utf8')).toBe(validatorSource());
  });

  it('accepts and rejects as ajv compiling the schema at run time, with the same errors', () => {
    for (const a of bundled) sameVerdict(a);
    const broken: unknown[] = [
      null,
      [],
      {},
      { rules: [] },
      { rules: 'x', pools: 3, id: '-bad', name: '' },
      { ...bundled[0], extra: 1 },
      { ...bundled[0], rules: [{ conditions: { all: [{ fact: 'rooms', operator: 'equal', value: 2, path: '$.x' }] }, event: { type: 'x' } }] },
      { ...bundled[0], pools: [{ name: '', share: -1 }] },
    ];
    for (const b of broken) sameVerdict(b);
  });

  it('agrees with ajv on random JSON and on bundled agreements with a random part replaced', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => sameVerdict(v)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.nat(bundled.length - 1), fc.constantFrom('rules', 'pools', 'id', 'name', 'parties', 'conditions'), fc.jsonValue(), (i, key, value) => {
        sameVerdict({ ...bundled[i], [key]: value });
        const rules = bundled[i].rules as Record<string, unknown>[];
        if (Array.isArray(rules) && rules.length > 0) sameVerdict({ ...bundled[i], rules: [{ ...rules[0], [key === 'conditions' ? 'conditions' : 'event']: value }, ...rules.slice(1)] });
      }),
      { numRuns: 500 },
    );
  });
});
