// See office.contract.test.ts for why office-addin-manifest is replaced by its enum module.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

import { CellValue } from '../../src/core';
import { READ_CELL_LIMIT } from './office/fakeWorkbook';
import { mockRun } from './office/mockExcel';
import { officeHarness } from './office/officeHarness';
import { smallSheet } from './fixtures';

const LAST_COLUMN = 16_383; // XFD

/** 400 rows whose used range reaches column XFD: 400 × 16,384 = 6.5 million cells. */
async function wideSheet(responseLimit: number | null) {
  const rows: CellValue[][] = smallSheet();
  for (let i = rows.length; i < 400; i++) rows.push([`${2000 + i}`, '103', 'Familiebolig', 3000, 500, '2024-02-01', null, null]);
  const h = await officeHarness(rows);
  h.server.responseLimit = responseLimit;
  h.server.sheets[0].put(1, LAST_COLUMN, { value: 'note i XFD1' });
  return { h, rows };
}

describe('OfficeWorkbook: a read over 5,000,000 cells, on every host', () => {
  it('the fake refuses to read more than 5,000,000 cells at once (RangeExceedsLimit), whatever the response limit', async () => {
    const { h } = await wideSheet(null);
    await expect(
      mockRun(h.server)(async (context) => {
        const used = context.workbook.worksheets.getItem('Ark1').getUsedRangeOrNullObject(true);
        used.load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
    expect(400 * (LAST_COLUMN + 1)).toBeGreaterThan(READ_CELL_LIMIT);
  });

  test.each([
    ['Excel on Windows and Mac', null],
    ['Excel on the web', 5 * 1024 * 1024],
  ])(
    '%s: reads such a sheet in chunks sized by cells, and gets every row',
    async (_, limit) => {
      const { h, rows } = await wideSheet(limit);
      const snapshot = await h.port.readData();
      expect(snapshot.values.length).toBe(rows.length);
      expect(snapshot.values[0][LAST_COLUMN]).toBe('note i XFD1');
      expect(snapshot.values[399].slice(0, 2)).toEqual(['2399', '103']);
      // And once more: the adapter remembers the sheet is big and asks for nothing too large.
      const from = h.server.stats.requests.length;
      expect((await h.port.readData()).values.length).toBe(rows.length);
      const again = h.server.stats.requests.slice(from);
      expect(again.map((r) => r.error)).toEqual(again.map(() => null));
      expect(again.length).toBeGreaterThanOrEqual(3);
    },
    120_000,
  );

  it('reads such a sheet in chunks too when Excel answers the big read with no values', async () => {
    const { h, rows } = await wideSheet(null);
    h.server.overLimitRead = 'null';
    const snapshot = await h.port.readData();
    expect(snapshot.values.length).toBe(rows.length);
    expect(snapshot.values[0][LAST_COLUMN]).toBe('note i XFD1');
  }, 120_000);
});
