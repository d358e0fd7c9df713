import { CellValue } from '../../src/core';
import { modelFromAgreement } from '../../src/core/agreement/model/fromAgreement';
import { agreementSheetLayout } from '../../src/core/agreement/sheet/layout';
import { readAgreementSheet } from '../../src/core/agreement/sheet/readAgreementSheet';
import { readRegister } from '../../src/core/register/readRegister';
import { readRequests } from '../../src/core/requests/readRequests';
import { bundled, run, SHAPES } from '../helpers';
import { bigSheet } from '../port/fixtures';
import { sheetGrid, tableCells, throughSheet } from '../support/agreementSheet';

/** The agreement sheet says the new shapes: Tælles pr. in Puljer, an Afdelingsgruppe column and Udfald Forespørgsel in Regler. */

// Departments 100–139 of the fixture: groups A, B, C and none in turn.
const register = (() => {
  const rows: CellValue[][] = [['Afdeling', 'Gruppe']];
  for (let d = 100; d < 140; d++) rows.push([String(d), ['A', 'B', 'C', ''][d % 4]]);
  const r = readRegister(rows);
  if (!r.ok) throw new Error('register');
  return r.register;
})();
const requests = (() => {
  const rows: CellValue[][] = [['Forespørgsel', 'Oprettet', 'Udløber', 'Mindst rum', 'Højst husleje inkl. forbrug', 'Afdelinger']];
  for (let k = 0; k < 60; k++)
    rows.push([
      `F-${k}`,
      `2024-${String(1 + (k % 12)).padStart(2, '0')}-01`,
      k % 5 === 0 ? `2024-${String(1 + (k % 12)).padStart(2, '0')}-20` : '',
      1 + (k % 3),
      4000 + 250 * (k % 9),
      k % 4 === 0 ? `${100 + k}; ${101 + k}` : '',
    ]);
  const r = readRequests(rows);
  if (!r.ok) throw new Error('requests');
  return r.requests;
})();

test.each(SHAPES)('%s: JSON → sheet → JSON decides every vacancy of a realistic sheet the same, with the same pools', async (id) => {
  const original = bundled(id);
  const back = throughSheet(original);
  expect(back.id).toBe(id);
  expect([...back.pools.values()]).toEqual([...original.pools.values()]);
  expect(back.rules.map((r) => [r.name, r.outcome, r.pool])).toEqual(original.rules.map((r) => [r.name, r.outcome, r.pool]));
  const rows = bigSheet(2000);
  const inputs = { register, requests };
  const [a, b] = [await run(rows, original, null, inputs), await run(rows, back, null, inputs)];
  expect(b.decisions).toEqual(a.decisions);
  // Not vacuous: each shape sends vacancies to the municipality here.
  expect(a.summary.municipality).toBeGreaterThan(20);
});

test('the sheet of each shape has the columns and values DOMAIN.md names', () => {
  const texts = (id: (typeof SHAPES)[number]) =>
    sheetGrid(agreementSheetLayout(modelFromAgreement(bundled(id))))
      .flat()
      .filter((c) => c !== null && c !== undefined);
  expect(texts('standard-25-pr-organisation')).toEqual(expect.arrayContaining(['Tælles pr.', 'Boligorganisation']));
  expect(texts('rammeaftale-grupper')).toEqual(expect.arrayContaining(['Tælles pr.', 'Afdeling', 'Afdelingsgruppe', 'A', 'B', 'C', 'Omdannelsesområde; Parallelsamfund']));
  expect(texts('esbjerg-forespoergsel')).toEqual(expect.arrayContaining(['Forespørgsel']));
  expect(texts('esbjerg-forespoergsel')).not.toContain('Tælles pr.');
  // An agreement without such pools keeps the sheet it had: no Tælles pr. column.
  expect(agreementSheetLayout(modelFromAgreement(bundled('standard-25'))).tables[1].headers).not.toContain('Tælles pr.');
});

test("Tælles pr. reads the vacancy sheet's names and variants, and anything else is an error at its cell", () => {
  const layout = agreementSheetLayout(modelFromAgreement(bundled('standard-25-pr-organisation')));
  const pools = layout.tables[1];
  const column = pools.headers.indexOf('Tælles pr.');
  const withPer = (value: CellValue) => {
    const cells = tableCells(layout);
    cells.tables.Puljer!.values[1] = cells.tables.Puljer!.values[1].map((c, i) => (i === column ? value : c));
    return readAgreementSheet(cells, 'x');
  };
  for (const [text, per] of [
    ['Afd.', 'department'],
    ['boligorg', 'organisation'],
    ['', undefined],
  ] as const) {
    const r = withPer(text);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.agreement.source.pools![0].per).toBe(per);
  }
  const bad = withPer('Kommune');
  expect(bad.ok).toBe(false);
  if (!bad.ok) expect(bad.errors).toMatchObject([{ code: 'badPer', where: `Puljer!${String.fromCharCode(65 + column)}${pools.headerRow + 1}`, values: { text: 'Kommune' } }]);
});

test('Udfald Forespørgsel with a pool named beside it is an error at the Pulje cell', () => {
  const layout = agreementSheetLayout(modelFromAgreement(bundled('esbjerg-forespoergsel')));
  const cells = tableCells(layout);
  const rules = cells.tables.Regler!.values;
  const poolColumn = rules[0].indexOf('Pulje');
  rules[2] = rules[2].map((c, i) => (i === poolColumn ? 'familieboliger' : c));
  const r = readAgreementSheet(cells, 'x');
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.errors[0]).toMatchObject({ code: 'poolNotUsed' });
});
