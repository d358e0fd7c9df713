/**
 * The shapes oracle checked by hand against DOMAIN.md's sentences, so that the differential test
 * does not rest on an oracle nobody checked (the same examples the README works through).
 */
import { oracleShapes, readOracleRegister, readOracleRequests, ShapeResult } from './shapes';

const ok = (r: ShapeResult | { sheetError: true }): ShapeResult => {
  if ('sheetError' in r) throw new Error('sheet');
  return r;
};
const brief = (r: ShapeResult) => r.decisions.map((d) => `${d.outcome}:${d.pool ?? ''}#${d.position ?? ''}:${d.request ?? ''}`);

test('"per organisation": each organisation its own run of positions', () => {
  const rows = [['Lejemål', 'Boligorganisation', 'Boligtype', 'Ledig fra'], ...[1, 2, 3, 4, 5, 6, 7, 8].map((d) => [`V${d}`, d % 2 ? 'Alfa' : 'Beta', 'Familiebolig', `2024-01-0${d}`])];
  const r = ok(oracleShapes(rows, 'standard-25-pr-organisation', null, null, null));
  expect(brief(r).filter((d) => d.startsWith('municipality'))).toEqual(['municipality:familieboliger#4:', 'municipality:familieboliger#4:']);
  expect(r.state.counters).toEqual({ 'familieboliger|Alfa': 4, 'familieboliger|Beta': 4 });
});

test('the register gives the group and fills an empty area status; a department it lacks is listed', () => {
  const reg = readOracleRegister([
    ['Afdeling', 'Boligorganisation', 'Gruppe', 'Områdestatus'],
    ['1', 'Alfa', 'A', 'Parallelsamfund'],
    ['2', 'Alfa', 'A', ''],
  ]);
  if (!reg.ok) throw new Error('register');
  const rows = [
    ['Lejemål', 'Boligorganisation', 'Afdeling', 'Ledig fra', 'Områdestatus'],
    ['a', 'Alfa', '1', '2024-01-01', ''],
    ['b', 'Alfa', '2', '2024-01-02', ''],
    ['c', 'Alfa', '2', '2024-01-03', ''],
    ['d', 'Alfa', '2', '2024-01-04', ''],
    ['e', 'Beta', '2', '2024-01-05', ''],
  ];
  const r = ok(oracleShapes(rows, 'rammeaftale-grupper', null, reg.register, null));
  expect(brief(r)).toEqual(['waitlist:#:', 'waitlist:gruppe-a#1:', 'waitlist:gruppe-a#2:', 'municipality:gruppe-a#3:', 'waitlist:#:']);
  expect(r.summary.missing).toEqual([['Beta', '2', 1]]);
  expect(readOracleRegister([['Afdeling'], ['1'], [1]]).ok).toBe(false);
});

test('two requests compete: the older gets the vacancy; a request expires; the summary says so', () => {
  const req = readOracleRequests([
    ['Forespørgsel', 'Oprettet', 'Udløber'],
    ['Ny', '2024-01-03', ''],
    ['Gammel', '2024-01-02', ''],
    ['Kort', '2024-01-02', '2024-01-03'],
  ]);
  if (!req.ok) throw new Error('requests');
  const rows = [
    ['Lejemål', 'Ledig fra'],
    ['V1', '2024-01-04'],
    ['V2', '2024-01-05'],
    ['V3', '2024-01-06'],
  ];
  const r = ok(oracleShapes(rows, 'esbjerg-forespoergsel', null, null, req.requests));
  expect(brief(r)).toEqual(['municipality:#:Gammel', 'municipality:#:Ny', 'waitlist:#:']);
  expect(r.summary).toMatchObject({
    date: '2024-01-06',
    filled: [
      ['Ny', 'V2', 2],
      ['Gammel', 'V1', 2],
    ],
    open: [],
    expired: [['Kort', 1]],
  });
  // Next week, through the state: both stay filled.
  const again = ok(
    oracleShapes(
      [
        ['Lejemål', 'Ledig fra'],
        ['V4', '2024-01-08'],
      ],
      'esbjerg-forespoergsel',
      r.state,
      null,
      req.requests,
    ),
  );
  expect(brief(again)).toEqual(['waitlist:#:']);
  expect(
    readOracleRequests([
      ['Forespørgsel', 'Oprettet'],
      ['F', '2024-01-01'],
      ['F', '2024-01-02'],
    ]).ok,
  ).toBe(false);
});
