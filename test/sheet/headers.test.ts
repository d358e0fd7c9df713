import { fieldForHeader, mapHeaders } from '../../src/core/sheet/headers';

test.each([
  ['Lejemål', 'unitId'],
  ['Lejemålsnr.', 'unitId'],
  ['LEJEMÅLS NR', 'unitId'],
  ['Lejemaal', 'unitId'],
  ['Boligorganisation', 'organisation'],
  ['Afdeling', 'department'],
  ['Afd.', 'department'],
  ['Adresse', 'address'],
  ['Boligtype', 'housingType'],
  ['Rum', 'rooms'],
  ['Værelser', 'rooms'],
  ['Antal rum', 'rooms'],
  ['Areal', 'area'],
  ['m2', 'area'],
  ['m²', 'area'],
  ['Areal (m2)', 'area'],
  ['Areal m²', 'area'],
  ['Husleje', 'rent'],
  ['Forbrug', 'consumption'],
  ['A conto', 'consumption'],
  ['A. conto', 'consumption'],
  ['Husleje inkl. forbrug', 'rentInclConsumption'],
  ['HUSLEJE INKL FORBRUG', 'rentInclConsumption'],
  ['Ledig fra', 'vacantFrom'],
  ['ledig  fra.', 'vacantFrom'],
  ['Områdestatus', 'areaStatus'],
  ['Udlejning', 'lettingType'],
  ['Huslejenedsættelse', 'rentReduction'],
])('header %j is %s', (header, field) => {
  expect(fieldForHeader(header)).toBe(field);
});

test('unknown headers are kept aside, not matched', () => {
  const m = mapHeaders(['Lejemål', 'Bemærkning', 'Husleje', 'Kontakt']);
  expect(m.columns).toEqual({ unitId: 0, rent: 2 });
  expect(m.unknown).toEqual(['Bemærkning', 'Kontakt']);
  expect(m.found).toEqual(['Lejemål', 'Bemærkning', 'Husleje', 'Kontakt']);
});

test('a header the user mapped by hand wins', () => {
  const m = mapHeaders(['Lejemål', 'Pris'], { rent: 1 });
  expect(m.columns.rent).toBe(1);
  expect(m.unknown).toEqual([]);
});
