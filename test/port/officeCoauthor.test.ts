// See office.contract.test.ts for why office-addin-manifest is replaced by its enum module.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

import { allocateInWorkbook } from '../../src/app/allocateInWorkbook';
import { CellValue, parseState } from '../../src/core';
import * as da from '../../src/core/da';
import type { WorkbookPort } from '../../src/port/workbookPort';
import { bundled } from '../helpers';
import { laterRows, randers, smallSheet } from './fixtures';

const bundledSource = () => bundled('standard-25').source;
import { FakeWorkbook } from './office/fakeWorkbook';
import { OfficeHarness, officeHarness, officePort } from './office/officeHarness';

/** Just before this pane's first writing request, another user does `work` (once). */
function beforeFirstWrite(server: FakeWorkbook, work: () => Promise<unknown>): void {
  server.betweenSyncs = async ({ writes }) => {
    if (!writes) return;
    server.betweenSyncs = null;
    await work();
  };
}

async function counters(port: WorkbookPort) {
  const stored = await port.loadStored();
  const state = parseState(stored.state!, randers().id);
  if (!state.ok) throw new Error(state.error.code);
  return { counters: state.state.counters, ledger: state.state.ledger.length };
}

function addRows(h: OfficeHarness, rows: CellValue[][]) {
  const from = h.values('Ark1').length + 1;
  rows.forEach((row, i) => row.forEach((v, c) => h.type('Ark1', from + i, c, v)));
}

describe('OfficeWorkbook: two runs at once (co-authoring, or two panes)', () => {
  test.each([
    ['a fresh workbook', false],
    ['a workbook with counters stored', true],
  ])('%s: the run that saves second refuses in Danish, and the first one’s counters stand', async (_, storedFirst) => {
    const h = await officeHarness(smallSheet());
    if (storedFirst) await allocateInWorkbook(h.port, randers());
    addRows(h, laterRows());
    const other = officePort(h.server);
    beforeFirstWrite(h.server, () => allocateInWorkbook(other, randers()));

    await expect(allocateInWorkbook(h.port, randers())).rejects.toThrow(da.workbook.storedChanged);
    // The other run's state is whole, and the next run goes on from it without calling anything an edit.
    expect(await counters(officePort(h.server))).toEqual({ counters: { 'under-4000': 6, '4000-6000': 1 }, ledger: 9 });
    const next = await allocateInWorkbook(h.port, randers());
    expect(next).toMatchObject({ ok: true, result: { summary: { fromLedger: 9 } } });
  });

  it('a colleague resets the counters while a run is underway: the run refuses, and the reset stands', async () => {
    const h = await officeHarness(smallSheet());
    await allocateInWorkbook(h.port, randers());
    addRows(h, laterRows());
    const other = officePort(h.server);
    beforeFirstWrite(h.server, async () => other.saveStored({ ...(await other.loadStored()), state: null }));

    await expect(allocateInWorkbook(h.port, randers())).rejects.toThrow(da.workbook.storedChanged);
    expect((await officePort(h.server).loadStored()).state).toBeNull();
  });

  it('two panes saving into an empty workbook at once write parts of names of their own; the second gives way to the first', async () => {
    const h = await officeHarness(smallSheet());
    const other = officePort(h.server);
    const first = { agreement: randers().source, state: null, results: null };
    let both: string[] = [];
    beforeFirstWrite(h.server, async () => {
      await other.saveStored(first);
      // Once this pane's part is in too, both generations are there side by side.
      h.server.betweenSyncs = () => {
        both = h.server.parts.map((p) => p.namespaceUri);
        h.server.betweenSyncs = null;
      };
    });
    await expect(h.port.saveStored({ ...first, agreement: bundledSource() })).rejects.toThrow(da.workbook.storedChanged);
    expect(both).toHaveLength(2);
    expect(new Set(both).size).toBe(2);
    expect((await officePort(h.server).loadStored()).agreement).toEqual(randers().source);
    expect(h.server.parts).toHaveLength(1);
  });
});
