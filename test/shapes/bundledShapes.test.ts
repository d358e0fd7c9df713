import { existsSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { missingInputs } from '../../src/core/agreement/needs';
import { plainReading } from '../../src/core/agreement/reading/plainReading';
import { readRegister } from '../../src/core/register/readRegister';
import { readRequests } from '../../src/core/requests/readRequests';
import { bundled, brief, ROOT, run, SHAPES } from '../helpers';

describe.each(SHAPES)('rules/%s.json', (id) => {
  const raw = JSON.parse(readFileSync(join(ROOT, 'rules', `${id}.json`), 'utf8'));
  const a = bundled(id);

  test('points to the schema, has its file name as id, and says it is an illustration', () => {
    expect(existsSync(resolve(join(ROOT, 'rules'), raw.$schema))).toBe(true);
    expect(a.id).toBe(id);
    expect(a.name).toMatch(/\(illustration\)$/);
    expect(a.description).toMatch(/^Illustration/);
    expect(a.parties.length).toBeGreaterThanOrEqual(2);
  });

  test('first excludes internal lettings, at a priority above every other rule', () => {
    const [first, ...rest] = a.rules;
    expect(first.conditions).toEqual({ all: [{ fact: 'lettingType', operator: 'equal', value: 'intern' }] });
    for (const r of rest) expect(first.priority).toBeGreaterThan(r.priority);
  });
});

test('each shape needs what DOMAIN.md says, and nothing more', () => {
  const none = { register: false, requests: false };
  expect(SHAPES.map((id) => [id, missingInputs(bundled(id), none)])).toEqual([
    ['standard-25-pr-organisation', []],
    ['rammeaftale-grupper', ['register']],
    ['esbjerg-forespoergsel', ['requests']],
  ]);
});

test('the plain reading says how each counts', () => {
  expect(plainReading(bundled('standard-25-pr-organisation')).pools[0].text).toBe("Puljen 'Familieboliger' (familieboliger): hver 4. går til kommunen, talt for hver boligorganisation for sig.");
  expect(plainReading(bundled('rammeaftale-grupper')).pools.map((p) => p.text)).toEqual([
    "Puljen 'Gruppe A (hver 3.)' (gruppe-a): hver 3. går til kommunen, talt for hver afdeling for sig.",
    "Puljen 'Gruppe B (hver 4.)' (gruppe-b): hver 4. går til kommunen, talt for hver afdeling for sig.",
    "Puljen 'Gruppe C (10 %)' (gruppe-c): 10 % af puljen går til kommunen, talt for hver afdeling for sig.",
  ]);
  expect(plainReading(bundled('esbjerg-forespoergsel')).rules[1].text).toBe('2. Alle andre boliger går til kommunen, når en åben forespørgsel fra kommunen passer til dem, og ellers til ventelisten.');
});

const H = ['Lejemål', 'Boligorganisation', 'Afdeling', 'Boligtype', 'Husleje inkl. forbrug', 'Ledig fra', 'Områdestatus', 'Udlejning'];
const day = (d: number) => `2024-01-${String(d).padStart(2, '0')}`;

test('standard-25-pr-organisation: a municipality-wide list, every 4th family unit of each organisation', async () => {
  // Alfa and Beta alternate: each has its 4th on its own, where one counter would give the 4th and 8th of the list.
  const rows = [H, ...[1, 2, 3, 4, 5, 6, 7, 8].map((d) => [`${d % 2 ? 'A' : 'B'}${Math.ceil(d / 2)}`, d % 2 ? 'Alfa' : 'Beta', '1', 'Familiebolig', 4000, day(d), '', ''])];
  const r = await run(rows, bundled('standard-25-pr-organisation'));
  expect(brief(r.decisions)).toEqual([
    'A1:waitlist:familieboliger#1',
    'B1:waitlist:familieboliger#1',
    'A2:waitlist:familieboliger#2',
    'B2:waitlist:familieboliger#2',
    'A3:waitlist:familieboliger#3',
    'B3:waitlist:familieboliger#3',
    'A4:municipality:familieboliger#4',
    'B4:municipality:familieboliger#4',
  ]);
  const flat = await run(rows, bundled('standard-25'));
  expect(flat.decisions.filter((d) => d.outcome === 'municipality').map((d) => d.unitId)).toEqual(['B2', 'B4']);
});

test('rammeaftale-grupper: each group its share in each department; the register gives group and area status', async () => {
  const reg = readRegister([
    ['Boligorganisation', 'Afdeling', 'Gruppe', 'Områdestatus'],
    ['Alfa', '1', 'A', ''],
    ['Alfa', '2', 'B', ''],
    ['Beta', '1', 'C', ''],
    ['Beta', '2', 'A', 'Parallelsamfund'],
  ]);
  if (!reg.ok) throw new Error('register');
  const rows = [
    H,
    ['a1', 'Alfa', '1', 'Familiebolig', 4000, day(1), '', ''], // A #1
    ['a2', 'Alfa', '1', 'Familiebolig', 4000, day(2), '', ''], // A #2
    ['a3', 'Alfa', '1', 'Familiebolig', 4000, day(3), '', ''], // A #3 → municipality
    ['b1', 'Alfa', '2', 'Familiebolig', 4000, day(4), '', ''], // B #1
    ['c1', 'Beta', '1', 'Familiebolig', 4000, day(5), '', ''], // C #1: 10 % → floor(0.1) = 0, no
    ['p1', 'Beta', '2', 'Familiebolig', 4000, day(6), '', ''], // the register's Parallelsamfund → waiting list
    ['i1', 'Alfa', '1', 'Familiebolig', 4000, day(7), '', 'Intern'], // excluded
    ['x1', 'Gamma', '9', 'Familiebolig', 4000, day(8), '', ''], // not in the register → no group → waiting list
  ];
  const r = await run(rows, bundled('rammeaftale-grupper'), null, { register: reg.register });
  expect(brief(r.decisions)).toEqual([
    'a1:waitlist:gruppe-a#1',
    'a2:waitlist:gruppe-a#2',
    'a3:municipality:gruppe-a#3',
    'b1:waitlist:gruppe-b#1',
    'c1:waitlist:gruppe-c#1',
    'p1:waitlist',
    'i1:excluded',
    'x1:waitlist',
  ]);
  expect(r.decisions[2].reason).toBe("3. bolig i puljen 'Gruppe A (hver 3.)' for afdeling 1 i Alfa – hver 3. går til kommunen");
  expect(r.summary.departmentsNotInRegister).toEqual([{ organisation: 'Gamma', department: '9', rows: 1 }]);
});

test('esbjerg-forespoergsel: the first vacancy that meets a request goes to the municipality', async () => {
  const req = readRequests([
    ['Forespørgsel', 'Oprettet', 'Afdelinger', 'Højst husleje inkl. forbrug'],
    ['E-7', '2024-01-01', '2', '4.500'],
  ]);
  if (!req.ok) throw new Error('requests');
  const rows = [
    H,
    ['1', 'Alfa', '1', 'Familiebolig', 4000, day(2), '', ''],
    ['2', 'Alfa', '2', 'Familiebolig', 4800, day(3), '', ''],
    ['3', 'Alfa', '2', 'Familiebolig', 4400, day(4), '', ''],
    ['4', 'Alfa', '2', 'Familiebolig', 4400, day(5), '', ''],
  ];
  const r = await run(rows, bundled('esbjerg-forespoergsel'), null, { requests: req.requests });
  expect(r.decisions.map((d) => [d.unitId, d.outcome, d.request])).toEqual([
    ['1', 'waitlist', null],
    ['2', 'waitlist', null],
    ['3', 'municipality', 'E-7'],
    ['4', 'waitlist', null],
  ]);
});
