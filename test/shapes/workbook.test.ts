import ExcelJS from 'exceljs';
import { allocateInWorkbook } from '../../src/app/allocateInWorkbook';
import { checkInWorkbook } from '../../src/app/checkInWorkbook';
import { chooseTarget, readTarget } from '../../src/app/dataTarget';
import { shapeNotes } from '../../src/app/shapeNotes';
import { sideSheetsNote, sideSheetsOf } from '../../src/app/sideTables';
import { simulateInWorkbook } from '../../src/app/simulateInWorkbook';
import { DEFAULT_PARAMS, parseState } from '../../src/core';
import { ExceljsWorkbook } from '../../src/file/exceljsWorkbook';
import { bundled } from '../helpers';

/** The pane's jobs with the sheets Afdelinger and Forespørgsler beside the data, over the file adapter. */

const H = ['Lejemål', 'Boligorganisation', 'Afdeling', 'Boligtype', 'Rum', 'Husleje inkl. forbrug', 'Ledig fra', 'Områdestatus'];
const VACANCIES = [
  H,
  ['a1', 'Alfa', '1', 'Familiebolig', 2, 3800, '2024-01-02', ''],
  ['a2', 'Alfa', '1', 'Familiebolig', 2, 3800, '2024-01-03', ''],
  ['a3', 'Alfa', '1', 'Familiebolig', 2, 3800, '2024-01-04', ''],
  ['p1', 'Alfa', '2', 'Familiebolig', 2, 3800, '2024-01-05', ''],
];
const REGISTER = [['Afdelingsregister 2024'], [], ['Boligorganisation', 'Afdeling', 'Gruppe', 'Områdestatus'], ['Alfa', '1', 'A', ''], ['Alfa', '2', 'A', 'Parallelsamfund']];
const REQUESTS = [
  ['Forespørgsel', 'Oprettet', 'Højst husleje inkl. forbrug'],
  ['K-1', '2024-01-01', 4000],
];

/** The side sheets as the pane knows them: from the list it reads with the data. */
const sheetsOf = async (port: ExceljsWorkbook) => sideSheetsOf(await port.listSheets());

function workbook(sheets: Record<string, unknown[][]>): ExceljsWorkbook {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => r.forEach((v, c) => v !== undefined && (ws.getCell(i + 1, c + 1).value = v as ExcelJS.CellValue)));
  }
  return new ExceljsWorkbook(wb);
}

test('the sheets Afdelinger and Forespørgsler are never data, and the Data line says they are used', async () => {
  const list = { active: 'Afdelinger', names: ['Ledige', 'Afdelinger', 'forespørgsler'], own: [] };
  expect(chooseTarget(list, null)).toEqual({ sheetName: 'Ledige', tableName: null });
  expect(chooseTarget({ ...list, active: 'forespørgsler' }, { sheetName: 'Ledige', tableName: null })).toEqual({ sheetName: 'Ledige', tableName: null });
  const port = workbook({ Ledige: VACANCIES, Afdelinger: REGISTER, Forespørgsler: REQUESTS });
  const found = await readTarget(port, null, true);
  expect(found?.target.sheetName).toBe('Ledige');
  expect(found?.sideSheets).toEqual({ register: 'Afdelinger', requests: 'Forespørgsler' });
  expect(sideSheetsNote(found!.sideSheets)).toBe('Bruger også arket "Afdelinger" (afdelingsregister) og arket "Forespørgsler" (kommunens forespørgsler).');
  expect(sideSheetsNote((await readTarget(workbook({ Ledige: VACANCIES }), null, true))!.sideSheets)).toBeNull();
});

test('Fordel uses the register in the sheet Afdelinger: groups, its area status, counted per department', async () => {
  const port = workbook({ Ledige: VACANCIES, Afdelinger: REGISTER });
  const run = await allocateInWorkbook(port, bundled('rammeaftale-grupper'), { target: { sheetName: 'Ledige', tableName: null }, sideSheets: await sheetsOf(port) });
  if (!run.ok) throw new Error(run.error);
  expect(run.result.decisions.map((d) => [d.unitId, d.outcome, d.position])).toEqual([
    ['a1', 'waitlist', 1],
    ['a2', 'waitlist', 2],
    ['a3', 'municipality', 3],
    ['p1', 'waitlist', null],
  ]);
  expect(run.result.rows[3].vacancy?.areaStatus).toBe('parallelsamfund');
  const stored = parseState((await port.loadStored()).state!, 'rammeaftale-grupper');
  expect(stored.ok && stored.state.keyedCounters).toEqual({ 'gruppe-a': [{ organisation: 'Alfa', department: '1', counter: 3, capUse: {} }] });
});

test('Fordel uses the requests in the sheet Forespørgsler, and a second run continues them through the stored state', async () => {
  const port = workbook({ Ledige: VACANCIES, Forespørgsler: REQUESTS });
  const options = { target: { sheetName: 'Ledige', tableName: null }, sideSheets: await sheetsOf(port) };
  const first = await allocateInWorkbook(port, bundled('esbjerg-forespoergsel'), options);
  if (!first.ok) throw new Error(first.error);
  expect(first.result.decisions.map((d) => d.request)).toEqual(['K-1', null, null, null]);
  expect(shapeNotes(first.result.summary)).toEqual(['Forespørgsler: 1 opfyldt, 0 åbne, 0 udløbet uden bolig.']);
  const again = await allocateInWorkbook(port, bundled('esbjerg-forespoergsel'), options);
  if (!again.ok) throw new Error(again.error);
  expect(again.result.summary.fromLedger).toBe(4);
  expect(again.result.summary.requests?.filled).toMatchObject([{ request: 'K-1', unitId: 'a1', earlier: true }]);
});

test('without the sheet an agreement needs, Fordel and Kontrol say which sheet to add, and nothing is written', async () => {
  const port = workbook({ Ledige: VACANCIES });
  const target = { sheetName: 'Ledige', tableName: null };
  const run = await allocateInWorkbook(port, bundled('esbjerg-forespoergsel'), { target, sideSheets: await sheetsOf(port) });
  expect(run).toMatchObject({ ok: false, error: expect.stringContaining('Læg dem i et ark med navnet "Forespørgsler"') });
  const grouped = await allocateInWorkbook(port, bundled('rammeaftale-grupper'), { target, sideSheets: await sheetsOf(port) });
  expect(grouped).toMatchObject({ ok: false, error: expect.stringContaining('Læg registret i et ark med navnet "Afdelinger"') });
  expect((await port.loadStored()).state).toBeNull();
  const log = workbook({
    Log: [
      [...H, 'Udlejet til'],
      [...VACANCIES[1], 'Kommunen'],
    ],
  });
  expect(await checkInWorkbook(log, bundled('rammeaftale-grupper'), { sheetName: 'Log', tableName: null }, async () => 'new')).toMatchObject({
    ok: false,
    error: expect.stringContaining('"Afdelinger"'),
  });
});

test('a bad register sheet is told with the sheet, row and column', async () => {
  const port = workbook({ Ledige: VACANCIES, Afdelinger: [...REGISTER, ['Alfa', '1', 'B', '']] });
  const run = await allocateInWorkbook(port, bundled('rammeaftale-grupper'), { target: { sheetName: 'Ledige', tableName: null }, sideSheets: await sheetsOf(port) });
  expect(run).toMatchObject({
    ok: false,
    error:
      'Arket "Afdelinger": Afdelingsregistret kan ikke bruges – 1 fejl; intet er fordelt: Række 6, kolonne \'Afdeling\' (B): afdeling 1 i Alfa står allerede i række 4; hver afdeling må kun stå én gang.',
  });
});

test('Simulér meets an agreement of requests with the waiting citizens, and ignores a Forespørgsler sheet', async () => {
  const port = workbook({ Historik: VACANCIES, Forespørgsler: [['Forespørgsel'], ['ikke læst']] });
  const r = await simulateInWorkbook(
    port,
    [bundled('standard-25'), bundled('esbjerg-forespoergsel')],
    { ...DEFAULT_PARAMS, queue: 2 },
    { target: { sheetName: 'Historik', tableName: null }, ask: async () => 'new', sideSheets: await sheetsOf(port) },
  );
  if (!r.ok) throw new Error(r.error);
  expect(r.result.variants.map((v) => [v.agreement, v.municipality, v.served])).toEqual([
    ['standard-25', 1, 1],
    ['esbjerg-forespoergsel', 2, 2],
  ]);
});
