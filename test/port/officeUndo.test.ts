// See office.contract.test.ts for why office-addin-manifest is replaced by its enum module.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

import { allocateInWorkbook } from '../../src/app/allocateInWorkbook';
import { planRemoval, removeResults } from '../../src/app/removeResults';
import { CellValue } from '../../src/core';
import { bigSheet, randers, smallSheet } from './fixtures';
import { OfficeHarness, officeHarness } from './office/officeHarness';

const RESULTS = { from: 14, to: 19 };
const table = bigSheet(16_000);

/** A sheet allocated once with 10,000 vacancies, then 6,000 more typed below: the next run writes several blocks. */
async function grownSheet(apiVersion: string, partsUndoable: boolean): Promise<OfficeHarness> {
  const h = await officeHarness(table.slice(0, 10_001));
  h.server.apiVersion = apiVersion;
  expect(await allocateInWorkbook(h.port, randers())).toMatchObject({ ok: true });
  table.slice(10_001).forEach((row, i) => row.forEach((v, c) => h.type('Ark1', 10_002 + i, c, v)));
  h.server.recordUndo(partsUndoable);
  return h;
}

const results = (h: OfficeHarness) => JSON.stringify(h.values('Ark1').map((r) => r.slice(RESULTS.from, RESULTS.to)));

async function runOk(h: OfficeHarness) {
  const run = await allocateInWorkbook(h.port, randers());
  if (!run.ok) throw new Error(run.error);
  return run;
}

describe('OfficeWorkbook: Ctrl+Z after a run', () => {
  test.each([
    ['custom XML parts are undone too', true],
    ['custom XML parts stay as written', false],
  ])(
    'where each request is its own undo step (%s), a block that an undo cut short is recognised, and the next run writes it whole',
    async (_, partsUndoable) => {
      const h = await grownSheet('1.9', partsUndoable);
      const before = results(h);
      const run = await runOk(h);
      const written = results(h);
      expect(h.server.undoStack!.depth).toBeGreaterThanOrEqual(3);

      h.server.undoStack!.undo();
      const cutShort = results(h);
      expect([cutShort === before, cutShort === written]).toEqual([false, false]);

      const again = await runOk(h);
      expect(results(h) === written).toBe(true);
      expect(again.result.decisions).toEqual(run.result.decisions);
    },
    120_000,
  );

  it('where the Excel has mergeUndoGroup (ExcelApi 1.20), a run is one undo step: one Ctrl+Z takes all of it back', async () => {
    const h = await grownSheet('1.20', true);
    const before = results(h);
    const storedBefore = await h.port.loadStored();
    const run = await runOk(h);
    expect(h.server.undoStack!.depth).toBe(1);

    h.server.undoStack!.undo();
    expect(results(h) === before).toBe(true);
    expect((await h.port.loadStored()).state === storedBefore.state).toBe(true);
    expect((await runOk(h)).result.decisions).toEqual(run.result.decisions);
  }, 120_000);

  it('where grouping is refused (UndoNotSupported), the run is written ungrouped instead', async () => {
    const h = await grownSheet('1.20', true);
    h.server.undoUnsupported.add('addPart');
    const run = await runOk(h);
    expect(h.server.undoStack!.depth).toBeGreaterThanOrEqual(3);
    expect(run.result.decisions.length).toBe(16_000);
    const cells: CellValue[][] = h.values('Ark1');
    expect(cells[16_000][RESULTS.from]).not.toBeNull();
  }, 120_000);

  it('Fjern resultater is one undo step where the Excel can: one Ctrl+Z brings the results and the counters back', async () => {
    const h = await officeHarness(smallSheet());
    h.server.apiVersion = '1.20';
    await runOk(h);
    const cells = JSON.stringify(h.values('Ark1'));
    const stored = await h.port.loadStored();
    h.server.recordUndo(true);
    await removeResults(h.port, (await planRemoval(h.port, randers()))!);
    expect(h.server.undoStack!.depth).toBe(1);
    h.server.undoStack!.undo();
    expect(JSON.stringify(h.values('Ark1')) === cells).toBe(true);
    expect((await h.port.loadStored()).state).toBe(stored.state);
  });
});
