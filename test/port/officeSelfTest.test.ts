// See office.contract.test.ts for why office-addin-manifest is replaced by its enum module.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

import { allocateInWorkbook } from '../../src/app/allocateInWorkbook';
import { selfTest } from '../../src/app/selfTest';
import { parseState, serialiseState } from '../../src/core';
import * as da from '../../src/core/da';
import { SAFE_PIECE_BYTES } from '../../src/excel/selfTest';
import { utf8Length } from '../../src/excel/wireSize';
import { formulaNamed, randers, smallSheet } from './fixtures';
import { exceljsHarness } from './exceljsHarness';
import { officeHarness } from './office/officeHarness';

const okay = (probes: { ok: boolean }[]) => probes.map((p) => p.ok);

describe('Selvtest: the add-in tries what no page promises in the user’s own Excel', () => {
  it('on an Excel that behaves as the add-in needs, every probe passes, and the workbook is as it was', async () => {
    const h = await officeHarness(smallSheet());
    await allocateInWorkbook(h.port, randers());
    const before = { sheets: h.sheetNames(), cells: h.values('Ark1'), parts: h.server.parts.map((p) => p.xml), active: h.activeSheet() };
    const result = await h.port.runSelfTest();
    if (!result.available) throw new Error('the Office adapter has a self-test');
    expect(result.probes.map((p) => p.probe)).toEqual(['textStaysText', 'xmlRoundTrip', 'chartSeries', 'conditionalFormats']);
    expect(okay(result.probes)).toEqual([true, true, true, true]);
    expect({ sheets: h.sheetNames(), cells: h.values('Ark1'), parts: h.server.parts.map((p) => p.xml), active: h.activeSheet() }).toEqual(before);
    expect((await selfTest(h.port)).summary).toEqual({ intent: 'success', text: da.selfTest.allOk });
  });

  it('where "@" does not keep "=…" as text, it says so, and the adapter then refuses to write such text, naming the cell', async () => {
    const h = await officeHarness(smallSheet());
    h.server.textFormatProtects = false;
    const report = await selfTest(h.port);
    expect(report.probes[0]).toMatchObject({
      intent: 'warning',
      title: da.selfTest.probes.textStaysText.title,
      text: da.selfTest.probes.textStaysText.failed,
      details: expect.stringContaining('=1+1'),
    });
    const before = h.values('Ark1');
    await expect(allocateInWorkbook(h.port, formulaNamed())).rejects.toThrow(da.selfTest.formulaTextRefused('Ark1', 'J2', '=SUM(A1)'));
    expect(h.values('Ark1')).toEqual(before);
    // Text that cannot become a formula is written as before.
    expect(await allocateInWorkbook(h.port, randers())).toMatchObject({ ok: true });
  });

  it('where a 1 MB part does not come back (a host that caps parts), the stored data goes in 100 KB parts', async () => {
    const h = await officeHarness(smallSheet());
    h.server.partSizeLimit = 500_000;
    const report = await selfTest(h.port);
    expect(report.probes[1]).toMatchObject({ intent: 'warning', text: da.selfTest.probes.xmlRoundTrip.failed });
    await allocateInWorkbook(h.port, randers());
    const stored = await h.port.loadStored();
    const parsed = parseState(stored.state!, randers().id);
    if (!parsed.ok) throw new Error(parsed.error.code);
    for (let i = 0; i < 5_000; i++)
      parsed.state.ledger.push({ unitId: `9${i}`, vacantFrom: '2023-06-01', outcome: 'waitlist', rule: null, pool: null, position: null, reason: 'Går til ventelisten.' });
    await h.port.saveStored({ ...stored, state: serialiseState(parsed.state) });
    expect(h.server.parts.length).toBeGreaterThan(3);
    expect(Math.max(...h.server.parts.map((p) => utf8Length(p.xml)))).toBeLessThanOrEqual(SAFE_PIECE_BYTES);
    expect(JSON.parse((await h.port.loadStored()).state!).ledger).toHaveLength(5_006);
  });

  it('where no part comes back whole, nothing is stored and the run says so', async () => {
    const h = await officeHarness(smallSheet());
    h.server.partSizeLimit = 50_000;
    expect((await selfTest(h.port)).summary.intent).toBe('warning');
    await expect(allocateInWorkbook(h.port, randers())).rejects.toThrow(da.selfTest.storageRefused);
    expect(h.server.parts).toEqual([]);
  });

  it('reports a chart guess and a conditional-format listing that differ from the documented ones; the adapter does not rely on either', async () => {
    const h = await officeHarness(smallSheet());
    h.server.chartsTakeFirstColumnAsSeries = true;
    h.server.conditionalFormatsOfWholeSheet = true;
    const report = await selfTest(h.port);
    expect(report.probes.map((p) => p.intent)).toEqual(['success', 'success', 'warning', 'warning']);
    expect(report.summary).toEqual({ intent: 'warning', text: da.selfTest.someFailed(2) });
    // Its own rule elsewhere on the sheet, and the user's, stay when another area is marked.
    h.addUserConditionalFormat('Ark1', 'A2:A3', '=$A2="x"');
    await h.port.highlightRows('Ark1', { firstRow: 2, lastRow: 3, firstColumn: 1, lastColumn: 2 }, [2]);
    await h.port.highlightRows('Ark1', { firstRow: 5, lastRow: 7, firstColumn: 1, lastColumn: 2 }, [6]);
    expect(h.conditionalFormats('Ark1').map((f) => f.range)).toEqual(['A2:A3', 'B2:C3', 'B5:C7']);
  });

  it('in the workbench (the file adapter) it says the self-test is for Excel', async () => {
    const h = await exceljsHarness(smallSheet());
    expect(await selfTest(h.port)).toEqual({ summary: { intent: 'info', text: da.selfTest.onlyExcel }, probes: [] });
  });
});
