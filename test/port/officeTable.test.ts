// See office.contract.test.ts for why office-addin-manifest is replaced by its enum module.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

import { allocateInWorkbook } from '../../src/app/allocateInWorkbook';
import { CellValue } from '../../src/core';
import { HEADERS, randers, smallSheet } from './fixtures';
import { officeHarness } from './office/officeHarness';

describe('OfficeWorkbook: the data is an Excel table', () => {
  it('the table’s totals row is not a vacancy: it gets no result and no row error', async () => {
    const table = smallSheet();
    const totals: CellValue[] = ['I alt', null, null, 19600, 3550, null, null, null];
    const h = await officeHarness([...table, totals], { asTable: true });
    h.server.tables[0].showTotals = true;

    const run = await allocateInWorkbook(h.port, randers());
    if (!run.ok) throw new Error(run.error);
    expect(run.result.summary).toMatchObject({ rows: table.length - 1, error: 0 });
    const start = h.values('Ark1')[0].indexOf('Anvisning');
    expect(h.values('Ark1')[table.length].slice(start, start + 5)).toEqual([null, null, null, null, null]);
    expect(h.values('Ark1')[table.length].slice(0, HEADERS.length)).toEqual(totals);
  });

  it('results written beside a table do not become part of it, so Excel cannot rename their headers', async () => {
    // The user's own column "Pulje" (unknown to the reader, so kept and ignored) shares a name with a result column.
    const table = smallSheet().map((row, i) => (i === 0 ? [...HEADERS.slice(0, -1), 'Pulje'] : row));
    const h = await officeHarness(table, { asTable: true });
    await allocateInWorkbook(h.port, randers());
    const second = await allocateInWorkbook(h.port, randers());
    if (!second.ok) throw new Error(second.error);

    expect(h.server.tables.map((t) => t.rect.columns)).toEqual([HEADERS.length]);
    const header = h.values('Ark1')[0];
    const start = header.indexOf('Anvisning');
    expect(header.slice(start, start + 5)).toEqual(['Anvisning', 'Regel', 'Pulje', 'Nr. i pulje', 'Begrundelse']);
    expect(header.filter((v) => v === 'Anvisning')).toHaveLength(1);
  });
});
