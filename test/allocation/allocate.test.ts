import { allocate, readSheet } from '../../src/core';
import { agreementFrom, brief, run } from '../helpers';

const H = ['Lejemål', 'Boligtype', 'Husleje', 'Ledig fra'];
const all = { all: [] };
const quota = (pool: string) => ({ type: 'quota', params: { pool } });

const everyTwo = agreementFrom({ id: 'to', pools: [{ name: 'p', label: 'Puljen', every: 2 }], rules: [{ name: 'Alle', conditions: all, event: quota('p') }] });

test('vacancies are decided in order of Ledig fra, ties in sheet order; decisions come back in sheet order', async () => {
  const r = await run([H, ['C', 'familie', 1, '2024-01-03'], ['A', 'familie', 1, '2024-01-01'], ['B1', 'familie', 1, '2024-01-02'], ['B2', 'familie', 1, '02-01-2024']], everyTwo);
  expect(r.decisions.map((d) => [d.row, d.unitId, d.position, d.outcome])).toEqual([
    [2, 'C', 4, 'municipality'],
    [3, 'A', 1, 'waitlist'],
    [4, 'B1', 2, 'municipality'],
    [5, 'B2', 3, 'waitlist'],
  ]);
});

test('without a Ledig fra column, sheet order', async () => {
  const r = await run([['Lejemål'], ['Z'], ['A'], ['M']], everyTwo);
  expect(brief(r.decisions)).toEqual(['Z:waitlist:p#1', 'A:municipality:p#2', 'M:waitlist:p#3']);
});

test('the highest priority whose conditions hold decides; ties go to the first in the file', async () => {
  const a = agreementFrom({
    rules: [
      { name: 'lav-1', priority: 1, conditions: all, event: { type: 'allocate' } },
      { name: 'høj-a', priority: 5, conditions: { all: [{ fact: 'rent', operator: 'lessThan', value: 100 }] }, event: { type: 'waitlist' } },
      { name: 'høj-b', priority: 5, conditions: all, event: { type: 'exclude' } },
    ],
  });
  const r = await run([H, ['cheap', 'familie', 50, '2024-01-01'], ['dear', 'familie', 500, '2024-01-01']], a);
  expect(r.decisions.map((d) => [d.unitId, d.rule, d.outcome])).toEqual([
    ['cheap', 'høj-a', 'waitlist'],
    ['dear', 'høj-b', 'excluded'],
  ]);
});

test('no rule holds: defaultOutcome, waitlist unless set', async () => {
  const none = { all: [{ fact: 'rent', operator: 'lessThan', value: 0 }] };
  const r1 = await run([H, ['A', 'familie', 1, '2024-01-01']], agreementFrom({ rules: [{ conditions: none, event: { type: 'allocate' } }] }));
  expect(r1.decisions[0]).toMatchObject({ outcome: 'waitlist', rule: null, pool: null, position: null });
  expect(r1.decisions[0].reason).toContain('Ingen af aftalens regler');
  const r2 = await run([H, ['A', 'familie', 1, '2024-01-01']], agreementFrom({ defaultOutcome: 'municipality', rules: [{ conditions: none, event: { type: 'allocate' } }] }));
  expect(r2.decisions[0].outcome).toBe('municipality');
});

test('exclude, waitlist and allocate move no counter; error rows count in no pool', async () => {
  const a = agreementFrom({
    pools: [{ name: 'p', every: 2 }],
    rules: [
      { name: 'ud', priority: 9, conditions: { all: [{ fact: 'housingType', operator: 'equal', value: 'ungdom' }] }, event: { type: 'exclude' } },
      { name: 'vl', priority: 9, conditions: { all: [{ fact: 'housingType', operator: 'equal', value: 'aeldre' }] }, event: { type: 'waitlist' } },
      { name: 'k', priority: 9, conditions: { all: [{ fact: 'rent', operator: 'equal', value: 7 }] }, event: { type: 'allocate' } },
      { name: 'q', priority: 1, conditions: all, event: quota('p') },
    ],
  });
  const r = await run(
    [
      H,
      ['1', 'familie', 1, '2024-01-01'],
      ['2', 'ungdom', 1, '2024-01-02'],
      ['3', 'ældre', 1, '2024-01-03'],
      ['4', 'familie', 7, '2024-01-04'],
      ['5', 'familie', 'x', '2024-01-05'],
      ['6', 'familie', 1, '2024-01-06'],
    ],
    a,
  );
  expect(brief(r.decisions)).toEqual(['1:waitlist:p#1', '2:excluded', '3:waitlist', '4:municipality', '5:error', '6:municipality:p#2']);
  expect(r.state.counters).toEqual({ p: 2 });
});

test("counters start at the pool's start, and at the saved state's value when there is one", async () => {
  const a = agreementFrom({ id: 's', pools: [{ name: 'p', every: 3, start: 1 }], rules: [{ conditions: all, event: quota('p') }] });
  const r = await run([H, ['A', 'familie', 1, '2024-01-01'], ['B', 'familie', 1, '2024-01-02']], a);
  expect(r.decisions.map((d) => d.position)).toEqual([2, 3]);
  expect(r.decisions[1].outcome).toBe('municipality');
  const r2 = await run([H, ['C', 'familie', 1, '2024-01-03']], a, { agreement: 's', counters: { p: 5 }, capUse: {}, ledger: [] });
  expect(r2.decisions[0]).toMatchObject({ position: 6, outcome: 'municipality' });
});

test('a monthly cap turns further hits that month to the waiting list, and the counter still moves', async () => {
  const a = agreementFrom({ id: 'c', pools: [{ name: 'p', label: 'Behov', every: 2, capPerMonth: 1 }], rules: [{ conditions: all, event: quota('p') }] });
  const rows = [H, ...['01', '02', '03', '04', '05'].map((d) => [`J${d}`, 'familie', 1, `2024-01-${d}`]), ['F1', 'familie', 1, '2024-02-01'], ['F2', 'familie', 1, '2024-02-02']];
  const r = await run(rows, a);
  expect(brief(r.decisions)).toEqual(['J01:waitlist:p#1', 'J02:municipality:p#2', 'J03:waitlist:p#3', 'J04:waitlist:p#4', 'J05:waitlist:p#5', 'F1:municipality:p#6', 'F2:waitlist:p#7']);
  expect(r.decisions[3].reason).toContain('loftet på 1 bolig pr. måned er nået for januar 2024');
  expect(r.state.capUse).toEqual({ p: { '2024-01': 1, '2024-02': 1 } });
  expect(r.summary.pools[0]).toMatchObject({ counted: 7, municipality: 2, capped: 1 });
});

describe('the ledger', () => {
  const table = [H, ['A', 'familie', 1, '2024-01-01'], ['B', 'familie', 1, '2024-01-02'], ['C', 'familie', 1, '2024-01-03']];

  test('running the same sheet twice changes nothing', async () => {
    const first = await run(table, everyTwo);
    const second = await run(table, everyTwo, first.state);
    expect(second.decisions).toEqual(first.decisions);
    expect(second.state).toEqual(first.state);
    expect(second.summary.fromLedger).toBe(3);
  });

  test('a vacancy already decided keeps its decision, even if the sheet order changes; new ones continue the counter', async () => {
    const first = await run(table, everyTwo);
    const next = await run([H, ['D', 'familie', 1, '2023-12-31'], ['C', 'familie', 1, '2024-01-03'], ['A', 'familie', 1, '2024-01-01']], everyTwo, first.state);
    expect(brief(next.decisions)).toEqual(['D:municipality:p#4', 'C:waitlist:p#3', 'A:waitlist:p#1']);
    expect(next.state.counters).toEqual({ p: 4 });
    expect(next.state.ledger).toHaveLength(4);
  });

  test('the same unit vacant again on a new date is a new vacancy', async () => {
    const first = await run(table, everyTwo);
    const next = await run([H, ['A', 'familie', 1, '2024-06-01']], everyTwo, first.state);
    expect(brief(next.decisions)).toEqual(['A:municipality:p#4']);
  });

  test('the state handed in is not changed', async () => {
    const first = await run(table, everyTwo);
    const frozen = JSON.stringify(first.state);
    await run([H, ['Z', 'familie', 1, '2024-02-01']], everyTwo, first.state);
    expect(JSON.stringify(first.state)).toBe(frozen);
  });
});

test('each decision carries a Danish reason naming position, pool and rule', async () => {
  const a = agreementFrom({ pools: [{ name: 'under-4000', label: 'Under 4.000 kr. inkl. forbrug', every: 3 }], rules: [{ name: 'R', conditions: all, event: quota('under-4000') }] });
  const r = await run([H, ['A', 'familie', 1, '2024-01-01'], ['B', 'familie', 1, '2024-01-02'], ['C', 'familie', 1, '2024-01-03']], a);
  expect(r.decisions[2].reason).toBe("3. bolig i puljen 'Under 4.000 kr. inkl. forbrug' – hver 3. går til kommunen");
  expect(r.decisions[0].reason).toBe("1. bolig i puljen 'Under 4.000 kr. inkl. forbrug' – hver 3. går til kommunen; denne går til ventelisten");
});

test('shares of 25 % and 30 % over a run, in exact arithmetic', async () => {
  const rows = [H, ...Array.from({ length: 20 }, (_, i) => [`U${i + 1}`, 'familie', 1, `2024-01-${String(i + 1).padStart(2, '0')}`])];
  const pct = (share: string) => agreementFrom({ pools: [{ name: 'p', share }], rules: [{ conditions: all, event: quota('p') }] });
  const m = async (share: string) => (await run(rows, pct(share))).decisions.filter((d) => d.outcome === 'municipality').map((d) => d.position);
  expect(await m('25 %')).toEqual([4, 8, 12, 16, 20]);
  expect(await m('30%')).toEqual([4, 7, 10, 14, 17, 20]);
  expect(await m('1/4')).toEqual([4, 8, 12, 16, 20]);
});

test('named conditions can be referenced from rules', async () => {
  const a = agreementFrom({
    namedConditions: { familie: { all: [{ fact: 'housingType', operator: 'equal', value: 'familie' }] } },
    rules: [{ name: 'F', conditions: { all: [{ condition: 'familie' }] }, event: { type: 'allocate' } }],
  });
  const r = await run([H, ['A', 'familie', 1, '2024-01-01'], ['B', 'ungdom', 1, '2024-01-01']], a);
  expect(r.decisions.map((d) => d.outcome)).toEqual(['municipality', 'waitlist']);
});

test('allocate works on rows read with a header offset', async () => {
  const sheet = readSheet([[], H, ['A', 'familie', 1, '2024-01-01']]);
  if (!sheet.ok) throw new Error();
  const r = await allocate(sheet.rows, everyTwo, null);
  expect(r.decisions[0].row).toBe(3);
});

test('an undated vacancy is in no calendar month, so a monthly cap never stops it', async () => {
  const a = agreementFrom({ id: 'c', pools: [{ name: 'p', every: 1, capPerMonth: 1 }], rules: [{ conditions: all, event: quota('p') }] });
  const r = await run([['Lejemål'], ['A'], ['B'], ['C']], a);
  expect(brief(r.decisions)).toEqual(['A:municipality:p#1', 'B:municipality:p#2', 'C:municipality:p#3']);
  expect(r.state.capUse).toEqual({});
});
