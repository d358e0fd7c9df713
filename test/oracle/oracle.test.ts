/**
 * The oracle checked against the sentences and examples DOMAIN.md itself gives, by hand,
 * so that the differential test does not rest on an oracle nobody checked.
 */
import { oracleDecide, oracleRead, parseNumberText, parseDateText, serialToIso, fieldOfHeader, type Cell } from './oracle';

const H = ['Lejemål', 'Ledig fra', 'Boligtype'];
const fam = (id: string, date: Cell): Cell[] => [id, date, 'familie'];

describe('oracle reads as DOMAIN.md says', () => {
  test('numbers', () => {
    expect(parseNumberText('4000')).toBe(4000);
    expect(parseNumberText('4000.5')).toBe(4000.5);
    expect(parseNumberText('4.000')).toBe(4000);
    expect(parseNumberText('4.000,50')).toBe(4000.5);
    expect(parseNumberText('65,5')).toBe(65.5);
    expect(parseNumberText('4 000 kr.')).toBe(4000);
    expect(parseNumberText('DKK 5.200')).toBe(5200);
    expect(parseNumberText('3999 kr')).toBe(3999);
    expect(parseNumberText('ca. 4000')).toBeNull();
    expect(parseNumberText('fire')).toBeNull();
  });
  test('dates', () => {
    expect(parseDateText('2024-02-29')).toBe('2024-02-29');
    expect(parseDateText('2024-02-30')).toBeNull();
    expect(parseDateText('31/04/2024')).toBeNull();
    expect(parseDateText('05-03-2024')).toBe('2024-03-05');
    expect(parseDateText('05.03.2024')).toBe('2024-03-05');
    expect(parseDateText('05/03/2024')).toBe('2024-03-05');
    expect(parseDateText('snart')).toBeNull();
    expect(serialToIso(45351)).toBe('2024-02-29');
    expect(serialToIso(45292)).toBe('2024-01-01');
  });
  test('headers', () => {
    expect(fieldOfHeader('Lejemålsnr.')).toBe('unitId');
    expect(fieldOfHeader(' LEJE MÅL ')).toBe('unitId');
    expect(fieldOfHeader('Afd.')).toBe('department');
    expect(fieldOfHeader('Antal rum')).toBe('rooms');
    expect(fieldOfHeader('Værelser')).toBe('rooms');
    expect(fieldOfHeader('m2')).toBe('area');
    expect(fieldOfHeader('A conto')).toBe('consumption');
    expect(fieldOfHeader('Husleje inkl. forbrug')).toBe('rentInclConsumption');
    expect(fieldOfHeader('Bemærkning')).toBeUndefined();
  });
  test('sheet error without Lejemål; 103 is the department "103"; rows and errors', () => {
    expect(oracleRead([[null], ['Adresse', 'Ledig fra']]).ok).toBe(false);
    const s = oracleRead([[], ['Lejemål', 'Afd.', 'Ledig fra'], ['A', 103, '2024-01-01'], [], ['A', 103, 45292], [null, 1, '2024-01-02'], ['B', 1, '2024-02-30']]);
    if (!s.ok) throw new Error('sheet');
    expect(s.rows.map((r) => [r.row, r.errors.length > 0])).toEqual([
      [3, false],
      [5, true], // same Lejemål + Ledig fra as row 3
      [6, true], // empty Lejemål
      [7, true], // 2024-02-30
    ]);
    expect(s.rows[0].vacancy?.department).toBe('103');
  });
});

describe('oracle decides as DOMAIN.md says', () => {
  test('"every third gives positions 3, 6, 9"', () => {
    const t: Cell[][] = [['Lejemål', 'Ledig fra', 'Boligtype', 'Husleje inkl. forbrug']];
    for (let i = 1; i <= 9; i++) t.push([`U${i}`, `2024-01-0${i}`, 'familie', 3000]);
    const r = oracleDecide(t, 'randers-bolig');
    expect(r.decisions.filter((d) => d.outcome === 'municipality').map((d) => d.position)).toEqual([3, 6, 9]);
    expect(r.decisions.every((d) => d.pool === 'under-4000')).toBe(true);
  });
  test('private landlord: positions 1, 5, 9 …', () => {
    const t: Cell[][] = [H];
    for (let i = 1; i <= 9; i++) t.push(fam(`U${i}`, `2024-01-0${i}`));
    expect(
      oracleDecide(t, 'privat-udlejer')
        .decisions.filter((d) => d.outcome === 'municipality')
        .map((d) => d.position),
    ).toEqual([1, 5, 9]);
  });
  test('order by vacantFrom, ties in sheet order; intern excluded and counts nowhere', () => {
    const t: Cell[][] = [
      ['Lejemål', 'Ledig fra', 'Boligtype', 'Udlejning'],
      ['D', '2024-01-04', 'familie', ''],
      ['A', '2024-01-01', 'familie', 'Intern'],
      ['B', '2024-01-02', 'familie', ''],
      ['C', '2024-01-02', 'familie', ''],
      ['E', '2024-01-01', 'familie', 'Ekstern'],
    ];
    const d = oracleDecide(t, 'standard-25').decisions;
    expect(d.map((x) => [x.unitId, x.outcome, x.position])).toEqual([
      ['D', 'municipality', 4],
      ['A', 'excluded', null],
      ['B', 'waitlist', 2],
      ['C', 'waitlist', 3],
      ['E', 'waitlist', 1],
    ]);
  });
  test('capPerMonth: the counter still moves', () => {
    const t: Cell[][] = [H];
    for (let i = 1; i <= 13; i++) t.push(fam(`M${i}`, `2024-03-${String(i).padStart(2, '0')}`));
    for (let i = 1; i <= 4; i++) t.push(fam(`A${i}`, `2024-04-0${i}`));
    const d = oracleDecide(t, 'faaborg-flex').decisions;
    expect(d.filter((x) => x.outcome === 'municipality').map((x) => x.position)).toEqual([4, 8, 16]);
    expect(d.find((x) => x.position === 12)?.outcome).toBe('waitlist');
  });
  test('ledger: a re-run changes nothing; a split run continues the counters', () => {
    const t: Cell[][] = [H];
    for (let i = 1; i <= 8; i++) t.push(fam(`U${i}`, `2024-01-0${i}`));
    const first = oracleDecide(t.slice(0, 4), 'standard-25');
    const whole = oracleDecide(t, 'standard-25', first.state);
    expect(whole.decisions).toEqual(oracleDecide(t, 'standard-25').decisions);
    expect(oracleDecide(t, 'standard-25', whole.state).decisions).toEqual(whole.decisions);
    expect(oracleDecide(t, 'standard-25', whole.state).state.counters).toEqual({ familieboliger: 8 });
  });
  test('domea: one room in a listed department; ishoej steps', () => {
    const t: Cell[][] = [
      ['Lejemål', 'Afdeling', 'Rum', 'Områdestatus'],
      ['A', 103, 1, ''],
      ['B', '106', '1', 'omdannelse'],
      ['C', 104, 1, 'udsat'],
      ['D', 130, 2, 'Parallelsamfund'],
    ];
    expect(oracleDecide(t, 'domea-randers').decisions.map((d) => d.outcome)).toEqual(['municipality', 'municipality', 'waitlist', 'waitlist']);
    expect(oracleDecide(t, 'ishoej-100').decisions.map((d) => [d.outcome, d.position])).toEqual([
      ['municipality', null],
      ['excluded', null],
      ['waitlist', 1],
      ['waitlist', 2],
    ]);
  });
});
