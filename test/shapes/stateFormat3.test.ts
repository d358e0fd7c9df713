import { AllocationState, parseState, serialiseState } from '../../src/core';

/** State format version 3: counters by key, and the request each vacancy filled; versions 1 and 2 still read. */

const state: AllocationState = {
  agreement: 'x',
  counters: { flat: 4 },
  capUse: {},
  keyedCounters: {
    fam: [
      { organisation: 'Alfa', department: '103', counter: 3, capUse: { '2024-01': 1 } },
      { organisation: '', department: '', counter: 1, capUse: {} },
    ],
    org: [{ organisation: 'constructor', counter: 2, capUse: {} }],
  },
  ledger: [
    { unitId: 'A1', vacantFrom: '2024-01-02', outcome: 'municipality', rule: 'Forespørgsel', pool: null, position: null, reason: 'Matcher kommunens forespørgsel F-1 fra 01-01-2024', request: 'F-1' },
    { unitId: 'A2', vacantFrom: '2024-01-03', outcome: 'waitlist', rule: 'Familie', pool: 'fam', position: 3, reason: '3. bolig …' },
  ],
};

test('reads back exactly what it wrote: the keys, their counters and cap use, and the request filled', () => {
  const text = serialiseState(state, '2026-12-01T00:00:00.000Z');
  expect(text).toContain('"version": 3');
  expect(text).toContain('"ledgerColumns": [\n    "unitId",\n    "vacantFrom",\n    "outcome",\n    "rule",\n    "pool",\n    "position",\n    "reason",\n    "request"\n  ]');
  expect(text).toContain('["A1","2024-01-02","municipality","Forespørgsel",null,null,"Matcher kommunens forespørgsel F-1 fra 01-01-2024","F-1"]');
  expect(parseState(text, 'x')).toEqual({ ok: true, state });
});

test('a state of an agreement without such pools or requests reads without them', () => {
  const plain: AllocationState = {
    agreement: 'x',
    counters: { p: 1 },
    capUse: {},
    ledger: [{ unitId: 'A', vacantFrom: null, outcome: 'waitlist', rule: null, pool: null, position: null, reason: 'r' }],
  };
  const parsed = parseState(serialiseState(plain), 'x');
  expect(parsed).toEqual({ ok: true, state: plain });
  expect(parsed.ok && 'keyedCounters' in parsed.state).toBe(false);
  expect(parsed.ok && 'request' in parsed.state.ledger[0]).toBe(false);
});

test('a version 2 state, as the release before wrote it, still reads', () => {
  const v2 = `{
  "format": "anvisning-tilstand",
  "version": 2,
  "agreement": "x",
  "counters": { "p": 2 },
  "capUse": { "p": { "2024-01": 1 } },
  "ledgerColumns": ["unitId", "vacantFrom", "outcome", "rule", "pool", "position", "reason"],
  "ledger": [
    ["A", "2024-01-01", "municipality", "R", "p", 2, "2. bolig"]
  ]
}`;
  expect(parseState(v2, 'x')).toEqual({
    ok: true,
    state: {
      agreement: 'x',
      counters: { p: 2 },
      capUse: { p: { '2024-01': 1 } },
      ledger: [{ unitId: 'A', vacantFrom: '2024-01-01', outcome: 'municipality', rule: 'R', pool: 'p', position: 2, reason: '2. bolig' }],
    },
  });
  // Version 2's rows have seven columns: an eighth would be a version 3 row in a version 2 file.
  expect(parseState(v2.replace('"2. bolig"]', '"2. bolig", "F-1"]'), 'x').ok).toBe(false);
});

test.each([
  ['not a list', '{"fam": {}}'],
  ['no organisation', '{"fam": [{"counter": 1, "capUse": {}}]}'],
  ['a department that is a number', '{"fam": [{"organisation": "A", "department": 103, "counter": 1, "capUse": {}}]}'],
  ['a negative counter', '{"fam": [{"organisation": "A", "counter": -1, "capUse": {}}]}'],
  ['cap use that is no count', '{"fam": [{"organisation": "A", "counter": 1, "capUse": {"2024-01": "1"}}]}'],
  ['one key twice', '{"fam": [{"organisation": "A", "counter": 1, "capUse": {}}, {"organisation": "A", "counter": 2, "capUse": {}}]}'],
])('refuses keyed counters with %s, naming the field', (_, keyed) => {
  const text = serialiseState(state).replace(/"keyedCounters": \{[\s\S]*?\n {2}\},\n/, `"keyedCounters": ${keyed},\n`);
  expect(text).toContain(keyed);
  expect(parseState(text, 'x')).toEqual({ ok: false, error: { code: 'badField', field: 'keyedCounters' } });
});

test('refuses a request that is not text, naming the entry', () => {
  const text = serialiseState(state).replace('"F-1"]', '12]');
  expect(parseState(text, 'x')).toEqual({ ok: false, error: { code: 'badEntry', entry: 1 } });
});
