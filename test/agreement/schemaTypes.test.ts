import schema from '../../src/core/agreement/agreement.schema.json';
import type { AgreementFile, DefaultOutcome, EventType, PoolPer, PoolSpec, RuleSpec } from '../../src/core/agreement/types';
import { KNOWN_FACTS } from '../../src/core/agreement/facts';
import { FIELDS } from '../../src/core/sheet/fields';

/*
 * The agreement file's TypeScript types are written by hand beside agreement.schema.json (the
 * schema is what validates a file; the types are what the code reads). Each list below is typed so
 * that it must name every key of its type, and no other: the test then holds the schema to it.
 */
type Presence = 'required' | 'optional';
const AGREEMENT_FILE: Record<keyof AgreementFile, Presence> = {
  $schema: 'optional',
  id: 'optional',
  name: 'optional',
  parties: 'optional',
  description: 'optional',
  legalBasis: 'optional',
  validFrom: 'optional',
  validTo: 'optional',
  defaultOutcome: 'optional',
  pools: 'optional',
  namedConditions: 'optional',
  rules: 'required',
};
const POOL: Record<keyof PoolSpec, Presence> = {
  name: 'required',
  label: 'optional',
  description: 'optional',
  every: 'optional',
  phase: 'optional',
  share: 'optional',
  capPerMonth: 'optional',
  start: 'optional',
  per: 'optional',
};
const RULE: Record<keyof RuleSpec, Presence> = { name: 'optional', description: 'optional', priority: 'optional', conditions: 'required', event: 'required' };
const EVENT: Record<keyof RuleSpec['event'], Presence> = { type: 'required', params: 'optional' };
const EVENT_TYPES: Record<EventType, true> = { quota: true, allocate: true, waitlist: true, exclude: true, request: true };
const DEFAULT_OUTCOMES: Record<DefaultOutcome, true> = { waitlist: true, municipality: true, excluded: true };
const PERS: Record<PoolPer, true> = { organisation: true, department: true };

interface ObjectSchema {
  properties: Record<string, unknown>;
  required?: string[];
}

function presence(s: ObjectSchema): Record<string, Presence> {
  return Object.fromEntries(Object.keys(s.properties).map((k) => [k, s.required?.includes(k) ? 'required' : 'optional']));
}

const enumOf = (s: unknown) => [...(s as { enum: string[] }).enum].sort();

describe('the agreement file: its types and its schema say the same', () => {
  it('the same keys, required where the schema requires them', () => {
    expect(presence(schema as ObjectSchema)).toEqual(AGREEMENT_FILE);
    expect(presence(schema.definitions.pool as ObjectSchema)).toEqual(POOL);
    expect(presence(schema.definitions.rule as ObjectSchema)).toEqual(RULE);
    expect(presence(schema.definitions.event as ObjectSchema)).toEqual(EVENT);
  });

  it('the same choices for an event, a default outcome and what a pool counts apart', () => {
    expect(enumOf(schema.definitions.event.properties.type)).toEqual(Object.keys(EVENT_TYPES).sort());
    expect(enumOf(schema.properties.defaultOutcome)).toEqual(Object.keys(DEFAULT_OUTCOMES).sort());
    expect(enumOf(schema.definitions.pool.properties.per)).toEqual(Object.keys(PERS).sort());
  });

  it('the facts a rule may test are the columns of the field table and the department group, once each', () => {
    expect(KNOWN_FACTS).toEqual([...FIELDS.map((f) => f.key), 'departmentGroup']);
    expect(new Set(KNOWN_FACTS).size).toBe(KNOWN_FACTS.length);
  });
});
