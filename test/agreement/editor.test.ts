import fc from 'fast-check';
import { Agreement, readSheet } from '../../src/core';
import { checkAgreement } from '../../src/core/agreement/load';
import {
  addPool,
  addRule,
  baseline,
  deleteRule,
  Draft,
  draftFromAgreement,
  duplicateRule,
  emptyDraft,
  errorsOn,
  liveEffect,
  moveRule,
  poolStrip,
  readDraft,
  record,
  redo,
  setCell,
  setOutcome,
  setPoolField,
  startHistory,
  undo,
  variantChanges,
} from '../../src/core/agreement/editor';
import { createRuleChooser } from '../../src/core/allocation/ruleChooser';
import { compareDecisions } from '../../src/core/diff/agreementDiff';
import * as da from '../../src/core/da';
import { agreementSpecArb, GenOptions, rowArb, toFile } from '../compiled/arbitraries';
import { BUNDLED, bundled, run } from '../helpers';
import { bigSheet } from '../port/fixtures';

jest.setTimeout(120_000);

function read(d: Draft): Agreement {
  const r = readDraft(d);
  if (!r.ok) throw new Error(JSON.stringify(r.errors.map((e) => e.error)));
  return r.agreement;
}

const rule = (d: Draft, name: string) => d.rules.find((r) => r.name === name)!;
const pool = (d: Draft, name: string) => d.pools.find((p) => p.name === name)!;

describe('the draft: an agreement as the editor holds it, read exactly as the agreement sheet is', () => {
  test.each([...BUNDLED, 'standard-25-pr-organisation', 'rammeaftale-grupper'] as const)('%s: draft → agreement decides every vacancy of a realistic sheet as the original', async (id) => {
    const original = bundled(id);
    const back = read(draftFromAgreement(original));
    expect([back.id, back.name]).toEqual([original.id, original.name]);
    expect([...back.pools.values()]).toEqual([...original.pools.values()]);
    const rows = bigSheet(1500);
    expect((await run(rows, back)).decisions).toEqual((await run(rows, original)).decisions);
  });

  test('for 300 generated agreements, the draft chooses the same rule as the original for every generated row', async () => {
    const options: GenOptions = { validated: true, conditionPriorities: false, throwing: false };
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(agreementSpecArb(options), fc.array(rowArb, { minLength: 5, maxLength: 20 }), async (spec, rows) => {
        const loaded = checkAgreement(toFile(spec), 'generated');
        if (!loaded.ok) return;
        checked++;
        const back = read(draftFromAgreement(loaded.agreement));
        const [a, b] = [createRuleChooser(loaded.agreement), createRuleChooser(back)];
        for (const row of rows) expect({ row, rule: (await b(row as never))?.name ?? null }).toEqual({ row, rule: (await a(row as never))?.name ?? null });
      }),
      { numRuns: 300, seed: 20261201 },
    );
    expect(checked).toBeGreaterThan(150);
  });

  test('an empty agreement is a valid one: everything to the waiting list', () => {
    const a = read(emptyDraft());
    expect(a.rules).toEqual([]);
    expect(a.defaultOutcome).toBe('waitlist');
  });
});

describe('changes, as the negotiator makes them', () => {
  const randers = () => draftFromAgreement(bundled('randers-bolig'));

  test('Randers from every 3rd to every 2nd under 4,000 kr', () => {
    const d = setPoolField(randers(), pool(randers(), 'under-4000').key, 'every', '2');
    expect(read(d).pools.get('under-4000')!.kind).toEqual({ kind: 'every', every: 2, phase: 2 });
  });

  test('the 4,000 kr line moved to 4,500 in both rules that name it', () => {
    let d = randers();
    d = setCell(d, rule(d, 'Familiebolig under 4.000 kr.').key, 'rentInclConsumption', 'under 4.500');
    d = setCell(d, rule(d, 'Familiebolig 4.000–6.000 kr.').key, 'rentInclConsumption', '4.500–6.000');
    const conditions = read(d).rules.map((r) => JSON.stringify(r.conditions));
    expect(conditions.some((c) => c.includes('"lessThan","value":4500'))).toBe(true);
    expect(conditions.some((c) => c.includes('"greaterThanInclusive","value":4500'))).toBe(true);
    expect(conditions.join()).not.toContain('4000');
  });

  test('a bad value gives the core’s Danish message on its own field, and nothing else is blamed', () => {
    let d = randers();
    const key = rule(d, 'Familiebolig under 4.000 kr.').key;
    d = setCell(d, key, 'rooms', '1,2');
    d = setPoolField(d, pool(d, '4000-6000').key, 'every', 'tre');
    const r = readDraft(d);
    if (r.ok) throw new Error('read a bad draft');
    const rooms = errorsOn(r.errors, { area: 'cell', key, fact: 'rooms' });
    expect(rooms).toMatchObject([{ code: 'badCondition', values: { fact: 'rooms', problem: { code: 'notWhole', suggestion: '1; 2' } } }]);
    expect(errorsOn(r.errors, { area: 'pool', key: pool(d, '4000-6000').key, field: 'every' })).toHaveLength(1);
    expect(r.errors.every((e) => e.field !== null)).toBe(true);
  });

  test('a pool outcome that names no pool, and a rule pointing at a pool that does not exist, are errors on the rule’s pool field', () => {
    let d = randers();
    const key = rule(d, 'Familiebolig under 4.000 kr.').key;
    d = setOutcome(d, key, 'pool', 'findes-ikke');
    const r = readDraft(d);
    if (r.ok) throw new Error('read a bad draft');
    expect(errorsOn(r.errors, { area: 'rule', key, field: 'pool' }).length).toBeGreaterThan(0);
  });

  test('renaming a pool renames it in the rules that feed it', () => {
    const d = setPoolField(randers(), pool(randers(), 'under-4000').key, 'name', 'billige');
    expect(rule(d, 'Familiebolig under 4.000 kr.').pool).toBe('billige');
    expect(read(d).pools.has('billige')).toBe(true);
  });

  test('add, duplicate, move and delete rules: the decision order is the list order', () => {
    let d = randers();
    d = addRule(d, 'Ny regel');
    const added = d.rules[d.rules.length - 1];
    expect(added).toMatchObject({ name: 'Ny regel', outcome: 'waitlist', cells: [] });
    d = setCell(d, added.key, 'rooms', '1');
    d = setOutcome(d, added.key, 'municipality');
    d = moveRule(d, added.key, -1);
    d = moveRule(d, added.key, -1);
    expect(d.rules.map((r) => r.name)).toEqual(['Intern udlejning undtages', 'Ny regel', 'Familiebolig under 4.000 kr.', 'Familiebolig 4.000–6.000 kr.']);
    expect(moveRule(d, d.rules[0].key, -1)).toBe(d);
    d = duplicateRule(d, added.key, da.editor.copyName);
    expect(d.rules[2]).toMatchObject({ name: 'Ny regel (kopi)', cells: [{ fact: 'rooms', text: '1' }] });
    expect(d.rules[2].key).not.toBe(added.key);
    d = deleteRule(d, added.key);
    const a = read(d);
    // Read back, the first row has the highest priority: the order decides.
    expect([...a.rules].sort((x, y) => y.priority - x.priority).map((r) => r.name)).toEqual([
      'Intern udlejning undtages',
      'Ny regel (kopi)',
      'Familiebolig under 4.000 kr.',
      'Familiebolig 4.000–6.000 kr.',
    ]);
  });

  test('a new pool gets a name no pool has', () => {
    const d = addPool(addPool(emptyDraft(), 'ny-pulje', 'Ny'), 'ny-pulje', 'Ny');
    expect(d.pools.map((p) => p.name)).toEqual(['ny-pulje', 'ny-pulje-2']);
  });

  test('undo and redo walk back and forth; a new change drops what was undone', () => {
    let h = startHistory(randers());
    const first = setPoolField(h.present, h.present.pools[0].key, 'every', '2');
    h = record(h, first);
    h = record(h, setPoolField(h.present, h.present.pools[0].key, 'every', '5'));
    h = undo(h);
    expect(h.present).toBe(first);
    h = undo(h);
    expect(h.present.pools[0].every).toBe('3');
    h = redo(h);
    expect(h.present).toBe(first);
    h = record(h, setPoolField(h.present, h.present.pools[0].key, 'every', '7'));
    expect(h.future).toEqual([]);
    expect(undo(undo(undo(h))).present.pools[0].every).toBe('3');
  });
});

describe('a pool’s first twelve positions, to check every, phase, share and cap by eye', () => {
  const poolOf = (spec: object) => {
    const r = checkAgreement({ pools: [{ name: 'p', ...spec }], rules: [{ conditions: { all: [] }, event: { type: 'quota', params: { pool: 'p' } } }] }, 'x');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.agreement.pools.get('p')!;
  };
  const municipal = (spec: object) => poolStrip(poolOf(spec)).flatMap((s) => (s.at === 'municipality' ? [s.position] : []));
  test('every 3rd: 3, 6, 9, 12; every 4th from the first: 1, 5, 9; a quarter: 4, 8, 12; from a start of 10 the positions run on', () => {
    expect(municipal({ every: 3 })).toEqual([3, 6, 9, 12]);
    expect(municipal({ every: 4, phase: 1 })).toEqual([1, 5, 9]);
    expect(municipal({ share: '1/4' })).toEqual([4, 8, 12]);
    expect(poolStrip(poolOf({ every: 3, start: 10 })).map((s) => s.position)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]);
  });
  test('a cap of 2 a month: the third municipal position in one month is capped', () => {
    expect(poolStrip(poolOf({ every: 2, capPerMonth: 2 })).map((s) => s.at)).toEqual([
      'waitlist',
      'municipality',
      'waitlist',
      'municipality',
      'waitlist',
      'capped',
      'waitlist',
      'capped',
      'waitlist',
      'capped',
      'waitlist',
      'capped',
    ]);
  });
});

describe('what an edit does to the sheet', () => {
  test('every 2nd instead of 3rd: the changed vacancies are those two runs of allocate disagree on; per pool and per rule', async () => {
    const rows = bigSheet(3000);
    const sheet = readSheet(rows as never);
    if (!sheet.ok) throw new Error(sheet.error.code);
    const original = bundled('randers-bolig');
    const d = draftFromAgreement(original);
    const edited = read(setPoolField(d, pool(d, 'under-4000').key, 'every', '2'));
    const effect = await liveEffect(sheet.rows, await baseline(sheet.rows, original, null), edited, null, new Set(Object.keys(sheet.headers.columns)));
    const before = (await run(rows, original)).decisions;
    const after = (await run(rows, edited)).decisions;
    expect(effect.changed).toEqual(compareDecisions(original.id, edited.id, before, after).changed);
    expect(effect.changed.length).toBeGreaterThan(0);
    const cheap = effect.pools.find((p) => p.pool === 'under-4000')!;
    expect(cheap.after).toBe(after.filter((x) => x.pool === 'under-4000' && x.outcome === 'municipality').length);
    expect(cheap.after).toBeGreaterThan(cheap.before);
    expect(effect.pools.find((p) => p.pool === '4000-6000')).toMatchObject({ before: expect.any(Number) });
    const decidedByRule = after.filter((x) => x.rule !== null).length;
    expect(effect.hits.reduce((n, h) => n + h.hits, 0)).toBe(decidedByRule);
    expect(effect.hits.map((h) => h.rule)).toEqual(['Intern udlejning undtages', 'Familiebolig under 4.000 kr.', 'Familiebolig 4.000–6.000 kr.']);
  });

  test('what a variant changes, in the plain reading’s words', () => {
    const original = bundled('randers-bolig');
    const d = draftFromAgreement(original);
    const changes = variantChanges(original, read(setPoolField(d, pool(d, 'under-4000').key, 'every', '2')));
    expect(changes).toEqual([{ kind: 'pool', before: expect.stringContaining('hver 3.'), after: expect.stringContaining('hver 2.') }]);
    expect(variantChanges(original, original)).toEqual([]);
  });
});

describe('the new shapes in the editor', () => {
  test('a pool counted per organisation keeps its Tælles pr. through the draft, and can be set and cleared', () => {
    const per = bundled('standard-25-pr-organisation');
    const d = draftFromAgreement(per);
    expect(d.pools[0].per).toBe('Boligorganisation');
    expect(read(d).pools.get(d.pools[0].name)!.per).toBe('organisation');
    const byDepartment = setPoolField(d, d.pools[0].key, 'per', 'Afdeling');
    expect(read(byDepartment).pools.get(d.pools[0].name)!.per).toBe('department');
    expect(read(setPoolField(d, d.pools[0].key, 'per', '')).pools.get(d.pools[0].name)!.per).toBeNull();
  });
  test('a request-driven agreement reads back with its request rule', () => {
    const original = bundled('esbjerg-forespoergsel');
    const back = read(draftFromAgreement(original));
    expect(back.rules.map((r) => r.outcome)).toEqual(original.rules.map((r) => r.outcome));
  });
});
