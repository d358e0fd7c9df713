// See office.contract.test.ts for why office-addin-manifest is replaced by its enum module.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

import { allocateInWorkbook } from '../../src/app/allocateInWorkbook';
import { parseState, serialiseState } from '../../src/core';
import type { StoredData } from '../../src/port/workbookPort';
import * as da from '../../src/core/da';
import { randers, smallSheet } from './fixtures';
import { PAYLOAD_LIMIT } from './office/mockExcel';
import { OfficeHarness, officeHarness, officePort } from './office/officeHarness';

/** The stored data after a run, with a ledger of `extra` more decided vacancies (about 150 bytes and 30 quotes each). */
async function withLedger(h: OfficeHarness, extra: number): Promise<StoredData> {
  const run = await allocateInWorkbook(h.port, randers());
  if (!run.ok) throw new Error(run.error);
  const stored = await h.port.loadStored();
  const parsed = parseState(stored.state!, randers().id);
  if (!parsed.ok) throw new Error(parsed.error.code);
  for (let i = 0; i < extra; i++)
    parsed.state.ledger.push({
      unitId: `9${i}`,
      vacantFrom: '2023-06-01',
      outcome: 'waitlist',
      rule: "Familiebolig 'over' 6.000 kr.",
      pool: null,
      position: null,
      reason: 'Går til ventelisten: ingen regel i aftalen giver boligen til "kommunen".\r\nNæste linje.',
    });
  return { ...stored, state: serialiseState(parsed.state) };
}

describe('OfficeWorkbook: stored data in custom XML parts as real hosts may treat them', () => {
  it('keeps every part under about 1 MB, so a host that refuses bigger parts (Word on the web) stores a year’s ledger', async () => {
    const h = await officeHarness(smallSheet());
    h.server.partSizeLimit = 1_048_576;
    const big = await withLedger(h, 40_000);
    expect(big.state!.length).toBeGreaterThan(5_000_000);
    await h.port.saveStored(big);
    expect((await h.port.loadStored()).state === big.state).toBe(true);
  }, 60_000);

  it('reads a part back byte for byte from a getXml that writes quotes as &quot; and line ends as CR LF', async () => {
    const h = await officeHarness(smallSheet());
    h.server.reserialiseXml = true;
    const stored = await withLedger(h, 3);
    await h.port.saveStored(stored);
    expect(await officePort(h.server).loadStored()).toEqual(stored);
    // The record of the add-in's own report sheets comes back too.
    const name = await h.port.writeReport({ kind: 'offerList', baseName: 'Tilbudsliste', tables: [{ title: 'Tilbudsliste', headers: ['Lejemål'], rows: [['"A"']] }], titled: false, charts: [] }, null);
    expect((await h.port.listSheets()).own.map((o) => o.name)).toEqual([name]);
  });

  it('on the web, parts that come back larger than they went in are read fewer to a response, down to one', async () => {
    const h = await officeHarness(smallSheet());
    h.server.reserialiseXml = true;
    const big = await withLedger(h, 40_000);
    await h.port.saveStored(big);
    const from = h.server.stats.requests.length;
    // A pane opened afresh: it does not know yet that responses are limited.
    const fresh = officePort(h.server);
    expect((await fresh.loadStored()).state === big.state).toBe(true);
    const refused = h.server.stats.requests.slice(from).filter((r) => r.responseBytes > PAYLOAD_LIMIT);
    expect(refused.length).toBeLessThanOrEqual(2);
  }, 60_000);

  it('does not use a state that came back changed (a ledger line lost): the run refuses and says so, and changes nothing', async () => {
    const h = await officeHarness(smallSheet());
    await h.port.saveStored(await withLedger(h, 3));
    const part = h.server.parts[h.server.parts.length - 1];
    // Still a state that parses: one whole decided vacancy is gone from the middle of the ledger.
    const shorter = part.xml.replace(/\n *\["91",[^\n]*/, '');
    expect(shorter.length).toBeLessThan(part.xml.length);
    part.xml = shorter;
    const before = h.values('Ark1');
    const fresh = officePort(h.server);
    expect((await fresh.loadStored()).damaged).toEqual(['state']);
    expect(await allocateInWorkbook(fresh, randers())).toMatchObject({ ok: false, error: da.workbook.stateCorrupt(da.workbook.stateNotWhole) });
    expect(h.values('Ark1')).toEqual(before);
  });
});
