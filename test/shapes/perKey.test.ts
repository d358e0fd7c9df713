import { parseState, serialiseState } from '../../src/core';
import { agreementFrom, brief, run } from '../helpers';

/** Pools counted per organisation or department (DOMAIN.md, "More agreement shapes"); every expectation worked out by hand. */

const H = ['Lejemål', 'Boligorganisation', 'Afdeling', 'Boligtype', 'Ledig fra'];
const day = (d: number) => `2024-01-${String(d).padStart(2, '0')}`;
const pool = (per?: 'organisation' | 'department', extra: object = {}) =>
  agreementFrom({
    id: 'pr',
    pools: [{ name: 'fam', label: 'Familieboliger', every: 2, ...(per ? { per } : {}), ...extra }],
    rules: [{ name: 'Familie', conditions: { all: [{ fact: 'housingType', operator: 'equal', value: 'familie' }] }, event: { type: 'quota', params: { pool: 'fam' } } }],
  });

// Two organisations, and department 103 in both: the department numbers repeat.
const SHEET = [
  H,
  ['A1', 'Alfa', '103', 'familie', day(1)],
  ['B1', 'Beta', '103', 'familie', day(2)],
  ['A2', 'Alfa', '103', 'familie', day(3)],
  ['A3', 'Alfa', '104', 'familie', day(4)],
  ['B2', 'Beta', '103', 'familie', day(5)],
  ['A4', 'Alfa', '103', 'familie', day(6)],
];

test('one counter for the whole pool: positions 1–6, every 2nd to the municipality', async () => {
  const r = await run(SHEET, pool());
  expect(brief(r.decisions)).toEqual(['A1:waitlist:fam#1', 'B1:municipality:fam#2', 'A2:waitlist:fam#3', 'A3:municipality:fam#4', 'B2:waitlist:fam#5', 'A4:municipality:fam#6']);
});

test('per organisation: Alfa counts A1 A2 A3 A4 as 1–4, Beta counts B1 B2 as 1–2', async () => {
  const r = await run(SHEET, pool('organisation'));
  expect(brief(r.decisions)).toEqual(['A1:waitlist:fam#1', 'B1:waitlist:fam#1', 'A2:municipality:fam#2', 'A3:waitlist:fam#3', 'B2:municipality:fam#2', 'A4:municipality:fam#4']);
  expect(r.decisions[2].reason).toBe("2. bolig i puljen 'Familieboliger' for Alfa – hver 2. går til kommunen");
  expect(r.decisions[2].key).toEqual({ organisation: 'Alfa', department: null });
});

test('per department, within its organisation: Alfa 103 is A1 A2 A4, Beta 103 is B1 B2, Alfa 104 is A3', async () => {
  const r = await run(SHEET, pool('department'));
  expect(brief(r.decisions)).toEqual(['A1:waitlist:fam#1', 'B1:waitlist:fam#1', 'A2:municipality:fam#2', 'A3:waitlist:fam#1', 'B2:municipality:fam#2', 'A4:waitlist:fam#3']);
  expect(r.decisions[4].reason).toBe("2. bolig i puljen 'Familieboliger' for afdeling 103 i Beta – hver 2. går til kommunen");
});

test('the summary has one row per key, in order, with counted, given and counter', async () => {
  const r = await run(SHEET, pool('department'));
  expect(r.summary.pools).toEqual([
    { pool: 'fam', label: 'Familieboliger', key: { organisation: 'Alfa', department: '103' }, counted: 3, municipality: 1, capped: 0, counterAfter: 3 },
    { pool: 'fam', label: 'Familieboliger', key: { organisation: 'Alfa', department: '104' }, counted: 1, municipality: 0, capped: 0, counterAfter: 1 },
    { pool: 'fam', label: 'Familieboliger', key: { organisation: 'Beta', department: '103' }, counted: 2, municipality: 1, capped: 0, counterAfter: 2 },
  ]);
});

test('an empty organisation or department is a key of its own, and the reason says so', async () => {
  const r = await run([H, ['X1', '', '', 'familie', day(1)], ['X2', '', '', 'familie', day(2)], ['Y1', 'Alfa', '', 'familie', day(3)]], pool('department'));
  expect(brief(r.decisions)).toEqual(['X1:waitlist:fam#1', 'X2:municipality:fam#2', 'Y1:waitlist:fam#1']);
  expect(r.decisions[1].reason).toBe("2. bolig i puljen 'Familieboliger' for boliger uden afdeling – hver 2. går til kommunen");
  expect(r.decisions[2].reason).toContain('for boliger uden afdeling i Alfa');
});

test('start applies to each key', async () => {
  const r = await run(SHEET, pool('organisation', { start: 1 }));
  expect(r.decisions.map((d) => d.position)).toEqual([2, 2, 3, 4, 3, 5]);
});

test('a monthly cap per key: each organisation has its own month', async () => {
  const a = pool('organisation', { every: 1, capPerMonth: 1 });
  const r = await run([H, ['A1', 'Alfa', '1', 'familie', day(1)], ['B1', 'Beta', '1', 'familie', day(2)], ['A2', 'Alfa', '1', 'familie', day(3)], ['A3', 'Alfa', '1', 'familie', '2024-02-01']], a);
  expect(r.decisions.map((d) => d.outcome)).toEqual(['municipality', 'municipality', 'waitlist', 'municipality']);
  expect(r.decisions[2].reason).toContain('for Alfa – hver 1. går til kommunen, men loftet på 1 bolig pr. måned er nået for januar 2024');
  expect(r.summary.pools.map((p) => [p.key?.organisation, p.capped])).toEqual([
    ['Alfa', 1],
    ['Beta', 0],
  ]);
});

test('the state keeps the counters by key, and week 2 continues each of them', async () => {
  const a = pool('department');
  const week1 = await run(SHEET.slice(0, 4), a);
  expect(week1.state.keyedCounters).toEqual({
    fam: [
      { organisation: 'Alfa', department: '103', counter: 2, capUse: {} },
      { organisation: 'Beta', department: '103', counter: 1, capUse: {} },
    ],
  });
  expect(week1.state.counters).toEqual({});
  const saved = parseState(serialiseState(week1.state), 'pr');
  if (!saved.ok) throw new Error(saved.error.code);
  const week2 = await run([H, ...SHEET.slice(4)], a, saved.state);
  // A3 (Alfa 104) is new; B2 is Beta 103's 2nd; A4 is Alfa 103's 3rd.
  expect(brief(week2.decisions)).toEqual(['A3:waitlist:fam#1', 'B2:municipality:fam#2', 'A4:waitlist:fam#3']);
});

test('a re-run keeps every decision and its key, and moves no counter', async () => {
  const a = pool('organisation');
  const first = await run(SHEET, a);
  const again = await run(SHEET, a, first.state);
  expect(again.decisions).toEqual(first.decisions);
  expect(again.state.keyedCounters).toEqual(first.state.keyedCounters);
  expect(again.summary.fromLedger).toBe(6);
});

test('a pool without keys yet shows one row, with its start', async () => {
  const r = await run([H, ['U1', 'Alfa', '1', 'ungdom', day(1)]], pool('organisation', { start: 3 }));
  expect(r.summary.pools).toEqual([{ pool: 'fam', label: 'Familieboliger', key: null, counted: 0, municipality: 0, capped: 0, counterAfter: 3 }]);
});
