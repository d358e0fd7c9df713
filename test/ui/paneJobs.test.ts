import ExcelJS from 'exceljs';
import { allocateInWorkbook } from '../../src/app/allocateInWorkbook';
import { adoptRead, NO_PANE_DATA, readPaneData } from '../../src/app/paneData';
import { resetCounters } from '../../src/app/resetDescription';
import { storedState } from '../../src/app/storedState';
import { serialiseState } from '../../src/core';
import * as da from '../../src/core/da';
import { withResultsWritten } from '../../src/core/results/afterWrite';
import { ExceljsWorkbook } from '../../src/file/exceljsWorkbook';
import { EMPTY_STORED } from '../../src/port/workbookPort';
import { randers, smallSheet } from '../port/fixtures';

function portWith(sheets: Record<string, unknown[][]>): ExceljsWorkbook {
  const port = new ExceljsWorkbook(new ExcelJS.Workbook());
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = port.workbook.addWorksheet(name);
    rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 1, c + 1).value = v as ExcelJS.CellValue)));
  }
  return port;
}

describe('the pane’s jobs, without React', () => {
  test('the pane’s read keeps column mappings on the same sheet, and drops them on another', async () => {
    const port = portWith({ 'Uge 1': smallSheet(), 'Uge 2': smallSheet() });
    const first = await readPaneData(port, null, true, {});
    expect(first).toMatchObject({ target: { sheetName: 'Uge 1', tableName: null }, reading: false, noData: false });
    expect(first.sheet?.ok).toBe(true);
    const mapped = await readPaneData(port, first.target, false, { notes: 7 } as never);
    expect(mapped.overrides).toEqual({ notes: 7 });
    port.activate('Uge 2');
    const other = await readPaneData(port, first.target, true, { notes: 7 } as never);
    expect(other.target?.sheetName).toBe('Uge 2');
    expect(other.overrides).toEqual({});
  });

  test('a workbook with no sheet of the user’s says so, and keeps the mappings it was given', async () => {
    const port = portWith({ Aftale: [['x']] });
    expect(await readPaneData(port, null, true, { notes: 1 } as never)).toMatchObject({ noData: true, target: null, sheet: null, overrides: { notes: 1 } });
  });

  test('after a run the pane takes the run’s read: the sheet with its results beside it, as a read gives it', async () => {
    const port = portWith({ Ark1: smallSheet() });
    const run = await allocateInWorkbook(port, randers());
    if (!run.ok) throw new Error(run.error);
    const data = adoptRead({ ...NO_PANE_DATA, overrides: { notes: 7 } as never }, run.read);
    expect(data).toMatchObject({ target: { sheetName: 'Ark1', tableName: null }, reading: false, overrides: { notes: 7 } });
    expect(data.snapshot).toEqual(await port.readData({ sheetName: 'Ark1', tableName: null }));
    expect(data.sheet).toEqual(run.sheet);
  });

  test('withResultsWritten puts the block in the snapshot’s rows and widens every row to it', () => {
    const snapshot = { sheetName: 'S', firstRow: 3, firstColumn: 1, values: [['h'], ['x'], ['y']], tableName: null };
    const write = {
      sheetName: 'S',
      headerRow: 3,
      startColumn: 3,
      values: [
        ['A', 'B'],
        ['a', 1],
      ],
      before: [],
      municipalityLabel: 'm',
    };
    expect(withResultsWritten(snapshot, write).values).toEqual([
      ['h', null, 'A', 'B'],
      ['x', null, 'a', 1],
      ['y', null, null, null],
    ]);
  });

  test('the stored state: none, one of this agreement, one of another, one that did not come back whole', () => {
    const a = randers();
    expect(storedState(EMPTY_STORED, a)).toEqual({ ok: true, state: null });
    const state = { agreement: a.id, counters: { 'under-4000': 2 }, capUse: {}, ledger: [] };
    const ours = storedState({ ...EMPTY_STORED, state: serialiseState(state) }, a);
    expect(ours.ok && ours.state?.counters).toEqual({ 'under-4000': 2 });
    const theirs = storedState({ ...EMPTY_STORED, state: serialiseState({ ...state, agreement: 'standard-25' }) }, a);
    expect(theirs).toEqual({ ok: false, error: da.workbook.stateOtherAgreement('standard-25', a.id) });
    expect(storedState({ ...EMPTY_STORED, state: 'x', damaged: ['state'] }, a)).toEqual({ ok: false, error: da.workbook.stateCorrupt(da.workbook.stateNotWhole) });
    expect(storedState({ ...EMPTY_STORED, state: '{' }, a).ok).toBe(false);
  });

  test('Nulstil tællere forgets the counters and keeps the agreement and the results fingerprint', async () => {
    const port = portWith({ Ark1: smallSheet() });
    expect((await allocateInWorkbook(port, randers())).ok).toBe(true);
    const before = await port.loadStored();
    await resetCounters(port);
    const after = await port.loadStored();
    expect(after).toEqual({ ...before, state: null });
    expect(before.state).not.toBeNull();
  });
});
