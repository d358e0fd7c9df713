import { brief, bundled, run } from '../helpers';

/** Hand-made sheets; every expectation below was worked out by hand from DOMAIN.md. */

const H = ['Lejemål', 'Afdeling', 'Boligtype', 'Rum', 'Husleje', 'Forbrug', 'Ledig fra', 'Områdestatus', 'Udlejning'];
const day = (d: number) => `2024-01-${String(d).padStart(2, '0')}`;

test('standard-25: every 4th family unit; youth units and internal lettings count nowhere', async () => {
  const rows = [
    H,
    ['F1', '1', 'Familiebolig', 3, 5000, 800, day(1), '', ''],
    ['F2', '1', 'Familiebolig', 3, 5000, 800, day(2), '', ''],
    ['U1', '1', 'Ungdomsbolig', 1, 3000, 500, day(3), '', ''],
    ['I1', '1', 'Familiebolig', 3, 5000, 800, day(4), '', 'Intern venteliste'],
    ['F3', '1', 'Familiebolig', 3, 5000, 800, day(5), '', ''],
    ['F4', '1', 'familie', 2, 4000, 700, day(6), '', 'Ekstern'],
    ['F5', '1', 'Familiebolig', 3, 5000, 800, day(7), '', 'Bytte'],
    ['F6', '1', 'Familiebolig', 3, 5000, 800, day(8), '', ''],
    ['F7', '1', 'Familiebolig', 3, 5000, 800, day(9), '', ''],
    ['F8', '1', 'Familiebolig', 3, 5000, 800, day(10), '', ''],
  ];
  const r = await run(rows, bundled('standard-25'));
  expect(brief(r.decisions)).toEqual([
    'F1:waitlist:familieboliger#1',
    'F2:waitlist:familieboliger#2',
    'U1:waitlist',
    'I1:excluded',
    'F3:waitlist:familieboliger#3',
    'F4:municipality:familieboliger#4',
    'F5:waitlist:familieboliger#5',
    'F6:waitlist:familieboliger#6',
    'F7:waitlist:familieboliger#7',
    'F8:municipality:familieboliger#8',
  ]);
});

test('randers-bolig: the rent bands at 3,999 / 4,000 / 6,000 / 6,001 kr incl. consumption', async () => {
  const rows = [
    H,
    ['A', '1', 'familie', 2, 3999, '', day(1), '', ''], // under-4000 #1
    ['B', '1', 'familie', 2, 3500, 500, day(2), '', ''], // 4000 exactly → 4000-6000 #1
    ['C', '1', 'familie', 2, 6000, '', day(3), '', ''], // 4000-6000 #2
    ['D', '1', 'familie', 2, 5201, 800, day(4), '', ''], // 6001 → no rule → waitlist
    ['E', '1', 'familie', 2, '3.200', '799', day(5), '', ''], // 3999 → under-4000 #2
    ['F', '1', 'familie', 1, '3.000,00 kr.', '500', day(6), '', ''], // under-4000 #3 → municipality
    ['G', '1', 'ungdom', 1, 2500, 500, day(7), '', ''], // youth → no rule → waitlist
    ['H', '1', 'familie', 2, 3000, 500, day(8), '', 'Oprykning'], // internal → excluded
    ['I', '1', 'familie', 3, 4500, 900, day(9), '', ''], // 5400 → 4000-6000 #3
    ['J', '1', 'familie', 3, 4500, 900, day(10), '', ''], // #4
    ['K', '1', 'familie', 3, 4500, 900, day(11), '', ''], // #5
    ['L', '1', 'familie', 3, 5000, 1000, day(12), '', ''], // 6000 → #6 → municipality
  ];
  const r = await run(rows, bundled('randers-bolig'));
  expect(brief(r.decisions)).toEqual([
    'A:waitlist:under-4000#1',
    'B:waitlist:4000-6000#1',
    'C:waitlist:4000-6000#2',
    'D:waitlist',
    'E:waitlist:under-4000#2',
    'F:municipality:under-4000#3',
    'G:waitlist',
    'H:excluded',
    'I:waitlist:4000-6000#3',
    'J:waitlist:4000-6000#4',
    'K:waitlist:4000-6000#5',
    'L:municipality:4000-6000#6',
  ]);
  expect(r.decisions[5].reason).toBe("3. bolig i puljen 'Under 4.000 kr. inkl. forbrug' – hver 3. går til kommunen");
  expect(r.decisions[5].rule).toBe('Familiebolig under 4.000 kr.');
});

test('domea-randers: one-room units in the named departments, department numbers read as text', async () => {
  const rows = [
    H,
    ['A', 103, 'familie', 1, 3000, 500, day(1), '', ''], // number cell 103 → "103" → municipality
    ['B', '106', 'familie', '1', 3000, 500, day(2), '', ''], // municipality
    ['C', '104', 'familie', 1, 3000, 500, day(3), '', ''], // other department → waitlist
    ['D', '118', 'familie', 2, 3000, 500, day(4), '', ''], // two rooms → waitlist
    ['E', '130', 'ungdom', 1, 3000, 500, day(5), '', ''], // any housing type → municipality
    ['F', '130', 'familie', 1, 3000, 500, day(6), '', 'Intern'], // internal → excluded
  ];
  const r = await run(rows, bundled('domea-randers'));
  expect(brief(r.decisions)).toEqual(['A:municipality', 'B:municipality', 'C:waitlist', 'D:waitlist', 'E:municipality', 'F:excluded']);
  expect(r.decisions[0].rule).toBe('Et-rums bolig i udvalgt afdeling');
});

test('ishoej-100: all to the municipality, except transformation areas (excluded) and every 4th in listed areas', async () => {
  const rows = [
    H,
    ['A', '1', 'familie', 3, 5000, 800, day(1), '', ''], // municipality
    ['B', '2', 'familie', 3, 5000, 800, day(2), 'Omdannelsesområde', ''], // excluded
    ['C', '3', 'familie', 3, 5000, 800, day(3), 'Udsat boligområde', ''], // pool #1
    ['D', '3', 'familie', 3, 5000, 800, day(4), 'forebyggelse', ''], // #2
    ['E', '3', 'ungdom', 1, 3000, 500, day(5), 'Parallelsamfund', ''], // #3
    ['F', '3', 'familie', 3, 5000, 800, day(6), 'Forebyggelsesområde', ''], // #4 → municipality
    ['G', '1', 'familie', 3, 5000, 800, day(7), '', 'Intern venteliste'], // excluded
    ['H', '1', 'aeldre', 2, 5000, 800, day(8), '', ''], // municipality
  ];
  const r = await run(rows, bundled('ishoej-100'));
  expect(brief(r.decisions)).toEqual([
    'A:municipality',
    'B:excluded',
    'C:waitlist:udsatte-afdelinger#1',
    'D:waitlist:udsatte-afdelinger#2',
    'E:waitlist:udsatte-afdelinger#3',
    'F:municipality:udsatte-afdelinger#4',
    'G:excluded',
    'H:municipality',
  ]);
});

test('privat-udlejer: every 4th, the first to the municipality (positions 1, 5, 9)', async () => {
  const rows = [H, ...Array.from({ length: 10 }, (_, i) => [`P${i + 1}`, '1', i % 3 === 0 ? 'ungdom' : 'familie', 2, 5000, 800, day(i + 1), '', ''])];
  rows.splice(3, 0, ['PI', '1', 'familie', 2, 5000, 800, day(2), '', 'intern']);
  const r = await run(rows, bundled('privat-udlejer'));
  expect(brief(r.decisions)).toEqual([
    'P1:municipality:alle#1',
    'P2:waitlist:alle#2',
    'PI:excluded',
    'P3:waitlist:alle#3',
    'P4:waitlist:alle#4',
    'P5:municipality:alle#5',
    'P6:waitlist:alle#6',
    'P7:waitlist:alle#7',
    'P8:waitlist:alle#8',
    'P9:municipality:alle#9',
    'P10:waitlist:alle#10',
  ]);
  expect(r.decisions[0].reason).toContain('regnet fra nr. 1 (1, 5, 9 …)');
});

test('faaborg-flex: at most 2 a month; a capped hit goes to the waiting list and the counter moves on', async () => {
  // January: 12 family units → hits at 4, 8, 12; the third is over the cap. February: 4 more → hit at 16.
  const jan = Array.from({ length: 12 }, (_, i) => [`J${i + 1}`, '1', 'familie', 2, 5000, 800, day(i + 1), '', '']);
  const feb = Array.from({ length: 4 }, (_, i) => [`F${i + 1}`, '1', 'familie', 2, 5000, 800, `2024-02-0${i + 1}`, '', '']);
  const r = await run([H, ...jan, ...feb], bundled('faaborg-flex'));
  const municipal = r.decisions.filter((d) => d.outcome === 'municipality').map((d) => `${d.unitId}#${d.position}`);
  expect(municipal).toEqual(['J4#4', 'J8#8', 'F4#16']);
  const j12 = r.decisions.find((d) => d.unitId === 'J12')!;
  expect(j12).toMatchObject({ outcome: 'waitlist', pool: 'behov', position: 12 });
  expect(j12.reason).toContain('loftet på 2 boliger pr. måned er nået for januar 2024');
  expect(r.state.capUse).toEqual({ behov: { '2024-01': 2, '2024-02': 1 } });
  expect(r.state.counters).toEqual({ behov: 16 });
});

test('faaborg-flex: the cap carries over a split run within one month through the state', async () => {
  const a = bundled('faaborg-flex');
  const units = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => [`J${from + i}`, '1', 'familie', 2, 5000, 800, day(from + i), '', '']);
  const first = await run([H, ...units(1, 8)], a);
  const second = await run([H, ...units(9, 12)], a, first.state);
  expect(second.decisions.find((d) => d.unitId === 'J12')).toMatchObject({ outcome: 'waitlist', position: 12 });
});
