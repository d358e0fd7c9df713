// See office.contract.test.ts for why office-addin-manifest is replaced by its enum module.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

import { allocateInWorkbook } from '../../src/app/allocateInWorkbook';
import { CellValue, parseState, serialiseState } from '../../src/core';
import { storedLayout } from '../../src/excel/storedLayout';
import { fromPieces, pieceNamespace, toPieces } from '../../src/excel/storedPieces';
import { wireSize } from '../../src/excel/wireSize';
import { PIECES_PER_READ } from '../../src/excel/limits';
import { resultCells } from '../../src/core/results/resultCells';
import { bigSheet, laterRows, randers, smallSheet } from './fixtures';
import { FakeWorkbook } from './office/fakeWorkbook';
import { PAYLOAD_LIMIT } from './office/mockExcel';
import { formatAddress } from './office/a1';
import { OfficeHarness, officeHarness } from './office/officeHarness';

async function run(h: OfficeHarness) {
  const before = { syncs: h.syncs(), writes: h.writeSyncs() };
  const result = await allocateInWorkbook(h.port, randers());
  if (!result.ok) throw new Error(result.error);
  return { syncs: h.syncs() - before.syncs, blocks: h.writeSyncs() - before.writes };
}

function type(h: OfficeHarness, firstRow: number, rows: CellValue[][]) {
  rows.forEach((row, i) => row.forEach((v, c) => h.type('Ark1', firstRow + i, c, v)));
}

describe('OfficeWorkbook: round trips and request sizes', () => {
  it('allocates a 10,000-row sheet in at most blocks + 2 syncs, no request near 5 MB, twice over', async () => {
    const table = bigSheet(10_000);
    const h = await officeHarness(table);

    const first = await run(h);
    expect(first.blocks).toBeGreaterThanOrEqual(2);
    expect(first.blocks).toBeLessThanOrEqual(4);
    expect(first.syncs).toBeLessThanOrEqual(first.blocks + 2);

    // The second run reads back the stored ledger of 10,000 vacancies (over a megabyte) and rewrites it.
    const stored = await h.port.loadStored();
    expect(stored.state!.length).toBeGreaterThan(1_000_000);
    const before = { syncs: h.syncs(), writes: h.writeSyncs() };
    const second = await allocateInWorkbook(h.port, randers());
    if (!second.ok) throw new Error(second.error);
    const blocks = h.writeSyncs() - before.writes;
    expect(h.syncs() - before.syncs).toBeLessThanOrEqual(blocks + 2);
    expect(h.largestRequest()).toBeLessThan(PAYLOAD_LIMIT);
    expect(h.largestResponse()).toBeLessThan(PAYLOAD_LIMIT);
    // Blocks of cells are cut near 1 MB, leaving room for the stored data that rides along.
    expect(h.largestCellBlock()).toBeLessThanOrEqual(1_000_000);

    // Every block landed where it belongs.
    const written = h.values('Ark1');
    const agreement = randers();
    const wrong = second.result.decisions.filter((d) => JSON.stringify(written[d.row - 1].slice(14, 19)) !== JSON.stringify(resultCells(d, agreement)));
    expect(wrong).toEqual([]);
    expect(second.result.decisions.length).toBe(10_000);
  });

  it('reads a sheet too big for one response (Excel on the web: 5 MB) in row chunks, and allocates it right', async () => {
    const table = bigSheet(40_000);
    const h = await officeHarness(table);
    const result = await allocateInWorkbook(h.port, randers());
    if (!result.ok) throw new Error(result.error);
    // The one-request read was refused for its size; every request and response that went through kept the limit.
    const responses = h.server.stats.requests.map((r) => r.responseBytes);
    expect(responses.filter((b) => b > PAYLOAD_LIMIT)).toHaveLength(1);
    expect(responses.filter((b) => b > 0 && b <= PAYLOAD_LIMIT).length).toBeGreaterThanOrEqual(3);
    expect(h.largestRequest()).toBeLessThan(PAYLOAD_LIMIT);
    expect(result.result.decisions.length).toBe(40_000);
    const written = h.values('Ark1');
    const agreement = randers();
    const wrong = result.result.decisions.filter((d) => JSON.stringify(written[d.row - 1].slice(14, 19)) !== JSON.stringify(resultCells(d, agreement)));
    expect(wrong).toEqual([]);

    // Next week, in the same session: the adapter knows responses are limited and asks for nothing too big.
    const from = h.server.stats.requests.length;
    const again = await allocateInWorkbook(h.port, randers());
    if (!again.ok) throw new Error(again.error);
    const later = h.server.stats.requests.slice(from);
    expect(later.filter((r) => r.responseBytes > PAYLOAD_LIMIT)).toEqual([]);
    expect(later.filter((r) => r.responseBytes > 0).length).toBeGreaterThanOrEqual(4);
    expect(again.result.summary.fromLedger).toBe(40_000);
  }, 60_000);

  it('reads a chunk again in halves when rows weigh more than the first chunk said', async () => {
    const h = await officeHarness(bigSheet(10_000));
    // A tighter limit than the chunks are sized for: each first try is refused and halved until it fits.
    h.server.responseLimit = 1_000_000;
    const result = await allocateInWorkbook(h.port, randers());
    if (!result.ok) throw new Error(result.error);
    const responses = h.server.stats.requests.map((r) => r.responseBytes);
    expect(responses.filter((b) => b > 1_000_000).length).toBeGreaterThanOrEqual(2);
    expect(responses.filter((b) => b > 500_000 && b <= 1_000_000).length).toBeGreaterThanOrEqual(1);
    const written = h.values('Ark1');
    const agreement = randers();
    expect(result.result.decisions.filter((d) => JSON.stringify(written[d.row - 1].slice(14, 19)) !== JSON.stringify(resultCells(d, agreement)))).toEqual([]);
    expect(result.result.decisions.length).toBe(10_000);
  });

  it('where responses are not limited (Excel on Windows and Mac), a 40,000-row sheet costs blocks + 2 syncs, with its ledger stored too', async () => {
    const h = await officeHarness(bigSheet(40_000));
    h.server.responseLimit = null;
    const first = await run(h);
    expect(first.syncs).toBeLessThanOrEqual(first.blocks + 2);
    const second = await run(h);
    expect(second.blocks).toBeGreaterThanOrEqual(8);
    expect(second.syncs).toBe(second.blocks + 2);
    // Requests stay within 5 MB everywhere; only the responses were large.
    expect(h.largestRequest()).toBeLessThan(PAYLOAD_LIMIT);
    expect(h.largestResponse()).toBeGreaterThan(PAYLOAD_LIMIT);
  }, 60_000);

  it('costs two syncs on a fresh sheet, three once data is stored, and three for a table', async () => {
    const plain = await officeHarness(smallSheet());
    expect(await run(plain)).toEqual({ syncs: 2, blocks: 1 });
    expect(await run(plain)).toEqual({ syncs: 3, blocks: 1 });

    const table = await officeHarness(smallSheet(), { asTable: true });
    await run(table);
    expect(await run(table)).toEqual({ syncs: 3, blocks: 1 });
  });

  it('a table with a big stored state: the state rides with the table lookup where responses allow, else comes a few parts a sync', async () => {
    for (const limited of [false, true]) {
      const h = await officeHarness(smallSheet(), { asTable: true });
      if (!limited) h.server.responseLimit = null;
      await run(h);
      const stored = await h.port.loadStored();
      const parsed = parseState(stored.state!, randers().id);
      if (!parsed.ok) throw new Error(parsed.error.code);
      for (let i = 0; i < 40_000; i++)
        parsed.state.ledger.push({
          unitId: `9${i}`,
          vacantFrom: '2023-06-01',
          outcome: 'waitlist',
          rule: null,
          pool: null,
          position: null,
          reason: 'Ingen af aftalens regler gælder boligen; den går til ventelisten',
        });
      await h.port.saveStored({ ...stored, state: serialiseState(parsed.state) });
      const parts = h.server.parts.length;
      expect(parts).toBeGreaterThanOrEqual(3);

      const again = await run(h);
      // Excel on Windows and Mac: data, then table and state together. On the web the second of those is refused once.
      expect(again.syncs).toBe(limited ? again.blocks + 1 + 1 + 1 + Math.ceil(parts / PIECES_PER_READ) : again.blocks + 2);
      // Over 5 MB: refused once on the web; read in one response on Windows and Mac.
      expect(h.server.stats.requests.filter((r) => r.responseBytes > PAYLOAD_LIMIT).length).toBe(1);
      expect(JSON.parse((await h.port.loadStored()).state!).ledger.length).toBe(40_000 + 6);
    }
  }, 60_000);

  it('reads the used range when the selection is not a range', async () => {
    const h = await officeHarness(smallSheet());
    h.server.selectionIsRange = false;
    const snapshot = await h.port.readData();
    expect(snapshot).toMatchObject({ sheetName: 'Ark1', firstRow: 1, firstColumn: 0, tableName: null });
    expect(snapshot.values.length).toBe(7);
  });

  it('reads data that does not start at A1 where it is', async () => {
    const h = await officeHarness([]);
    type(
      h,
      3,
      smallSheet().map((row) => [null, null, ...row]),
    );
    const snapshot = await h.port.readData();
    expect(snapshot).toMatchObject({ firstRow: 3, firstColumn: 2 });
    await run(h);
    expect(h.values('Ark1')[2].slice(10, 15)).toEqual(['Anvisning', 'Regel', 'Pulje', 'Nr. i pulje', 'Begrundelse']);
    expect(h.server.sheets[0].conditionalFormats.map((f) => `${f.formula} ${formatAddress(f.rect)}`)).toEqual(['=$K4="Kommunal anvisning" K4:O9']);
  });
});

describe('OfficeWorkbook: stored data is saved with the results, or not at all', () => {
  it('keeps the earlier stored data when the block carrying the new data fails', async () => {
    const table = smallSheet();
    const h = await officeHarness(table);
    await run(h);
    const stored = await h.port.loadStored();
    type(h, table.length + 1, laterRows());

    const failAt = h.syncs() + 3; // readData, loadStored, then the one block
    h.server.failWhen = (command, request) => command === 'values' && request === failAt;
    await expect(allocateInWorkbook(h.port, randers())).rejects.toThrow(/injected/);
    h.server.failWhen = null;

    expect(await h.port.loadStored()).toEqual(stored);
    await run(h);
    expect(JSON.parse((await h.port.loadStored()).state!).counters).toEqual({ 'under-4000': 6, '4000-6000': 1 });
  });

  it('ignores the parts a failed multi-request write left behind, and clears them once a save has passed them', async () => {
    const table = smallSheet();
    const h = await officeHarness(table);
    await run(h);
    // A year's ledger: the stored data takes several parts, written ahead of the one block of cells.
    const stored = await h.port.loadStored();
    const parsed = parseState(stored.state!, randers().id);
    if (!parsed.ok) throw new Error(parsed.error.code);
    const state = parsed.state;
    for (let i = 0; i < 40_000; i++) {
      state.ledger.push({
        unitId: `9${i}`,
        vacantFrom: '2023-06-01',
        outcome: 'waitlist',
        rule: 'Familiebolig over 6.000 kr.',
        pool: null,
        position: null,
        reason: 'Går til ventelisten: ingen regel i aftalen giver boligen til kommunen.',
      });
    }
    const big = { ...stored, state: serialiseState(state) };
    await h.port.saveStored(big);
    const partsBefore = h.server.parts.length;
    expect(partsBefore).toBeGreaterThanOrEqual(3);
    type(h, table.length + 1, laterRows());

    // Fail the block: the requests before it have already added all but the last new part, and the record of the write under way.
    h.server.failWhen = (command) => command === 'values';
    await expect(allocateInWorkbook(h.port, randers())).rejects.toThrow(/injected/);
    h.server.failWhen = null;
    expect(h.server.parts.length).toBe(2 * partsBefore - 1 + 1);

    // The stored data is the earlier one; the failed write is known as unfinished, so its cells count as the add-in's.
    expect(await h.port.loadStored()).toEqual({ ...big, pending: expect.objectContaining({ sheetName: 'Ark1', rowCount: table.length + 3 }) });
    // The parts together are over 5 MB: the failed run's one-request read of them was refused, and
    // the adapter remembers the limit: from then on they come a few to a sync, and nothing is refused again.
    const refused = () => h.server.stats.requests.filter((r) => r.responseBytes > PAYLOAD_LIMIT).length;
    expect(refused()).toBe(1);
    const again = await run(h);
    expect(again.syncs).toBe(again.blocks + 1 + Math.ceil(partsBefore / PIECES_PER_READ));
    expect(refused()).toBe(1);
    // The leftovers are newer than the generation that run read (they could be another pane's write
    // under way), so they stay; the next save, which read the newer generation, deletes them.
    const ids = (l: ReturnType<typeof storedLayout>) => l.parts.map((p) => p.id).sort();
    expect(ids(storedLayout(h.server.parts))).not.toEqual([...storedLayout(h.server.parts).current].sort());
    await run(h);
    const layout = storedLayout(h.server.parts);
    expect(ids(layout)).toEqual([...layout.current].sort());
    expect(JSON.parse((await h.port.loadStored()).state!).ledger.length).toBe(40_000 + 9);
    expect(h.largestRequest()).toBeLessThan(PAYLOAD_LIMIT);
  });
});

describe('stored data in custom XML parts', () => {
  const nasty = `{"a":"æøå <&> ]]> &amp; \u0000 \u0007 \r\n \t \uE000 \uFFFE 😀 \uD800 x \uDC00"}\n` + 'ledger '.repeat(200) + '😀'.repeat(300);

  it('splits text into parts Excel accepts, each under the size asked for, and joins them back exactly', () => {
    const xmls = toPieces(nasty, { number: 7, token: 'abc' }, 400);
    expect(xmls.length).toBeGreaterThan(3);
    const server = new FakeWorkbook();
    xmls.forEach((xml, i) => {
      expect(wireSize(xml)).toBeLessThanOrEqual(400);
      expect(server.addPart(xml).namespaceUri).toBe(pieceNamespace({ number: 7, token: 'abc', index: i, count: xmls.length }));
    });
    expect(fromPieces(xmls.map((x) => `<?xml version="1.0"?>\n${x}`))).toBe(nasty);
  });

  it('counts only the newest complete generation: by number, then by token; parts from before tokens still count', () => {
    const part = (id: string, number: number, token: string, index: number, count: number) => ({ id, namespaceUri: pieceNamespace({ number, token, index, count }) });
    const layout = storedLayout([part('a1', 3, '', 1, 2), part('other', 0, '', 0, 1), part('a0', 3, '', 0, 2), part('b0', 4, 'x', 0, 2), { id: 'someone else', namespaceUri: 'http://example.com/x' }]);
    expect(layout).toEqual({
      current: ['a0', 'a1'],
      base: { number: 3, token: '' },
      parts: [
        { id: 'a1', number: 3, token: '' },
        { id: 'other', number: 0, token: '' },
        { id: 'a0', number: 3, token: '' },
        { id: 'b0', number: 4, token: 'x' },
      ],
      pending: [],
      nextGeneration: 5,
    });
    expect(storedLayout([part('p', 5, 'aa', 0, 1), part('q', 5, 'bb', 0, 1)]).current).toEqual(['q']);
    expect(storedLayout([]).current).toEqual([]);
  });
});
