import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { allocate, loadAgreement, parseState, readSheet, serialiseState, simulate } from '../../src/core';
import { checkLettings } from '../../src/core/check/checkLettings';
import { agreementFrom, run } from '../helpers';
import { cli, tempDir, writeCsv } from '../cli/harness';
import * as da from '../../src/core/da';

/** Names every plain object answers from Object.prototype; a pool, rule or department may be called so. */
const PROTO_NAMES = ['constructor', 'hasOwnProperty', 'valueOf', 'toString', 'isPrototypeOf', 'toLocaleString'];

const poolsNamed = (names: readonly string[]) =>
  agreementFrom({
    id: 'proto',
    pools: names.map((name) => ({ name, label: `Puljen ${name}`, every: 2, capPerMonth: 5 })),
    rules: names.map((name, i) => ({
      name,
      conditions: { all: [{ fact: 'department', operator: 'equal', value: String(i) }] },
      event: { type: 'quota', params: { pool: name } },
    })),
  });

const sheetFor = (names: readonly string[], perPool: number, from = 0) => [
  ['Lejemål', 'Afdeling', 'Ledig fra'],
  ...names.flatMap((_, i) => Array.from({ length: perPool }, (_, k) => [`${i}-${from + k}`, String(i), `2024-01-${String(1 + from + k).padStart(2, '0')}`])),
];

test('pools named like members of Object.prototype count from 1, two weeks running, through the saved state', async () => {
  const a = poolsNamed(PROTO_NAMES);
  const week1 = await run(sheetFor(PROTO_NAMES, 3), a);
  for (const name of PROTO_NAMES) {
    expect(week1.decisions.filter((d) => d.pool === name).map((d) => [d.position, d.outcome])).toEqual([
      [1, 'waitlist'],
      [2, 'municipality'],
      [3, 'waitlist'],
    ]);
  }
  expect(week1.summary.pools.map((p) => [p.pool, p.counterAfter])).toEqual(PROTO_NAMES.map((n) => [n, 3]));

  const saved = parseState(serialiseState(week1.state), 'proto');
  if (!saved.ok) throw new Error(saved.error.code);
  const week2 = await run(sheetFor(PROTO_NAMES, 2, 3), a, saved.state);
  for (const name of PROTO_NAMES) expect(week2.decisions.filter((d) => d.pool === name).map((d) => d.position)).toEqual([4, 5]);
  // Position 2 in week 1 and position 4 in week 2 went to the municipality, both in January.
  expect(JSON.parse(serialiseState(week2.state)).capUse.constructor).toEqual({ '2024-01': 2 });
});

test('a state file whose counters and months are named __proto__ is read as data, not as a prototype', () => {
  // Written as text: in a JavaScript object literal "__proto__" would set the prototype instead.
  const raw = '{"format":"anvisning-tilstand","version":1,"agreement":"x","counters":{"__proto__":4,"constructor":2},"capUse":{"__proto__":{"2024-01":1}},"ledger":[]}';
  const parsed = parseState(raw, 'x');
  if (!parsed.ok) throw new Error(parsed.error.code);
  expect(Object.keys(parsed.state.counters)).toEqual(['__proto__', 'constructor']);
  expect(parsed.state.counters['__proto__']).toBe(4);
  expect(Object.getPrototypeOf(parsed.state.counters)).toBeNull();
  // Written back, the names are still there: next week reads them again.
  expect(serialiseState(parsed.state)).toContain('"__proto__": 4');
});

test('a fresh state answers nothing for names it was never given', async () => {
  const a = poolsNamed(['toString']);
  const r = await run(sheetFor(['toString'], 1), a, null);
  expect(r.decisions[0].position).toBe(1);
  expect((r.state.counters as Record<string, unknown>)['constructor']).toBeUndefined();
});

test('departments, units and rules named like Object.prototype members are text like any other', async () => {
  const a = agreementFrom({
    id: 'afd',
    rules: [{ name: '__proto__', conditions: { all: [{ fact: 'department', operator: 'in', value: ['constructor', '__proto__'] }] }, event: { type: 'allocate' } }],
  });
  const table = [
    ['Lejemål', 'Afdeling', 'Husleje', 'Ledig fra'],
    ['__proto__', 'constructor', '3000', '2024-01-01'],
    ['toString', '__proto__', '3000', '2024-01-02'],
    ['valueOf', 'hasOwnProperty', '3000', '2024-01-03'],
  ];
  const r = await run(table, a);
  expect(r.decisions.map((d) => [d.unitId, d.outcome, d.rule])).toEqual([
    ['__proto__', 'municipality', '__proto__'],
    ['toString', 'municipality', '__proto__'],
    ['valueOf', 'waitlist', null],
  ]);
  const sheet = readSheet(table);
  if (!sheet.ok) throw new Error(sheet.error.code);
  const sim = await simulate(sheet.rows, [a, a]);
  expect(sim.variants[0].spread.departments.map((d) => [d.department, d.count])).toEqual([
    ['__proto__', 1],
    ['constructor', 1],
  ]);
});

test('a lettings log that says "constructor" in Udlejet til is an unreadable cell, not a letting', async () => {
  const a = poolsNamed(['p']);
  const r = await checkLettings(
    [
      ['Lejemål', 'Afdeling', 'Udlejet til', 'Kommunens svar'],
      ['A', '0', 'constructor', 'toString'],
    ],
    a,
    null,
  );
  if (!r.ok) throw new Error(r.error);
  expect(r.result.deviations).toEqual([]);
  expect(r.result.unreadable.map((u) => u.message).join(' ')).toMatch(/"constructor" er ikke en kendt udlejning.*"toString" er ikke et kendt svar/);
});

test('an agreement that tests a fact named "constructor" is refused; a named condition "__proto__" works', async () => {
  const bad = loadAgreement(JSON.stringify({ rules: [{ conditions: { all: [{ fact: 'constructor', operator: 'toString', value: 1 }] }, event: { type: 'allocate' } }] }), 'x');
  expect(bad.ok).toBe(false);
  if (bad.ok) return;
  expect(bad.errors.map(da.agreementErrors.message).join(' ')).toMatch(/"constructor", som ikke er en kendt kolonne.*operatoren "toString" kendes ikke/);

  const named = loadAgreement(
    '{"namedConditions": {"__proto__": {"all": [{"fact": "rooms", "operator": "equal", "value": 1}]}}, "rules": [{"conditions": {"all": [{"condition": "__proto__"}]}, "event": {"type": "allocate"}}]}',
    'x',
  );
  if (!named.ok) throw new Error(JSON.stringify(named.errors));
  const sheet = readSheet([
    ['Lejemål', 'Rum'],
    ['A', 1],
    ['B', 2],
  ]);
  if (!sheet.ok) throw new Error(sheet.error.code);
  const r = await allocate(sheet.rows, named.agreement, null);
  expect(r.decisions.map((d) => d.outcome)).toEqual(['municipality', 'waitlist']);
});

test('the command line: pool "constructor" gives whole positions in JSON and the state is taken again next week', async () => {
  const d = tempDir();
  const agreement = join(d, 'aftale.json');
  writeFileSync(
    agreement,
    JSON.stringify({
      id: 'k',
      pools: [
        { name: 'constructor', every: 2 },
        { name: 'valueOf', share: '1/2' },
      ],
      rules: [{ conditions: { all: [] }, event: { type: 'quota', params: { pool: 'constructor' } } }],
    }),
  );
  const state = join(d, 'tilstand.json');
  const week = async (rows: string[][]) => {
    const r = await cli('allocate', '--agreement', agreement, '--input', writeCsv(d, 'uge.csv', [['Lejemål', 'Ledig fra'], ...rows]), '--state', state, '--format', 'json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.out);
  };
  const one = await week([
    ['A', '2024-01-01'],
    ['B', '2024-01-02'],
  ]);
  expect(one.decisions.map((x: { position: number }) => x.position)).toEqual([1, 2]);
  expect(one.summary.pools).toEqual([expect.objectContaining({ pool: 'constructor', counterAfter: 2 }), expect.objectContaining({ pool: 'valueOf', counted: 0, counterAfter: 0 })]);
  const two = await week([['C', '2024-01-03']]);
  expect(two.decisions.map((x: { position: number; outcome: string }) => [x.position, x.outcome])).toEqual([[3, 'waitlist']]);
  expect(JSON.parse(readFileSync(state, 'utf8')).counters).toEqual({ constructor: 3 });
});
