import { existsSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { BUNDLED, bundled, ROOT } from '../helpers';

describe.each(BUNDLED)('rules/%s.json', (id) => {
  const file = join(ROOT, 'rules', `${id}.json`);
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  const a = bundled(id);

  test('references the shipped schema, so editors validate it', () => {
    expect(existsSync(resolve(join(ROOT, 'rules'), raw.$schema))).toBe(true);
  });

  test('has its file name as id, a Danish name, parties and a description of where its shape comes from', () => {
    expect(a.id).toBe(id);
    expect(a.name.length).toBeGreaterThan(10);
    expect(a.parties.length).toBeGreaterThanOrEqual(2);
    expect(a.description.length).toBeGreaterThan(80);
    for (const p of a.pools.values()) expect(p.label).not.toBe(p.name);
  });

  test('first excludes internal lettings, at a priority above every other rule', () => {
    const [first, ...rest] = a.rules;
    expect(first.outcome).toBe('excluded');
    expect(first.conditions).toEqual({ all: [{ fact: 'lettingType', operator: 'equal', value: 'intern' }] });
    for (const r of rest) expect(first.priority).toBeGreaterThan(r.priority);
  });
});

test('pools are exactly as DOMAIN.md lists them', () => {
  const pools = Object.fromEntries(BUNDLED.map((id) => [id, [...bundled(id).pools.values()].map((p) => ({ name: p.name, kind: p.kind, cap: p.capPerMonth, start: p.start }))]));
  const every = (n: number, phase = n) => ({ kind: 'every', every: n, phase });
  expect(pools).toEqual({
    'standard-25': [{ name: 'familieboliger', kind: every(4), cap: null, start: 0 }],
    'randers-bolig': [
      { name: 'under-4000', kind: every(3), cap: null, start: 0 },
      { name: '4000-6000', kind: every(6), cap: null, start: 0 },
    ],
    'domea-randers': [],
    'ishoej-100': [{ name: 'udsatte-afdelinger', kind: every(4), cap: null, start: 0 }],
    'privat-udlejer': [{ name: 'alle', kind: every(4, 1), cap: null, start: 0 }],
    'faaborg-flex': [{ name: 'behov', kind: every(4), cap: 2, start: 0 }],
  });
});

test('every bundled agreement defaults to the waiting list', () => {
  for (const id of BUNDLED) expect(bundled(id).defaultOutcome).toBe('waitlist');
});
