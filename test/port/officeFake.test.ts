// See office.contract.test.ts for why office-addin-manifest is replaced by its enum module.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

import { FakeWorkbook, guessSeries } from './office/fakeWorkbook';
import { mockRun } from './office/mockExcel';

/**
 * The fake Excel's own rules, each as Microsoft documents Excel: the adapter's tests are only as
 * strict as the fake they run against.
 */
describe('the fake Excel', () => {
  it('throws when a property is read before it was loaded and synced, as Excel does (PropertyNotLoaded)', async () => {
    const server = new FakeWorkbook();
    server.addSheet('Ark1').put(1, 0, { value: 'x' });
    await mockRun(server)(async (context) => {
      const range = context.workbook.worksheets.getItem('Ark1').getRange('A1');
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['x']]);
      expect(() => range.rowIndex).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('puts a table added by a plain address on the active sheet, whichever sheet’s collection was asked; a Range keeps its sheet', async () => {
    const server = new FakeWorkbook();
    server.addSheet('Ark1');
    server.addSheet('Ny');
    await mockRun(server)(async (context) => {
      const ny = context.workbook.worksheets.getItem('Ny');
      ny.tables.add('A1:B2', true);
      ny.tables.add(ny.getRange('D1:E2'), true);
      await context.sync();
    });
    expect(server.tables.map((t) => [t.sheet.name, t.rect.column])).toEqual([
      ['Ark1', 0],
      ['Ny', 3],
    ]);
  });

  it('counts the workbook’s conditional formats with getCount, whichever range asks; the range’s own are its items', async () => {
    const server = new FakeWorkbook();
    const a = server.addSheet('Ark1');
    const b = server.addSheet('Ark2');
    a.conditionalFormats.push({ rect: { row: 1, column: 0, rows: 2, columns: 1 }, type: 'Custom', formula: '=1', fill: null, fontColor: null, clipped: false });
    b.conditionalFormats.push({ rect: { row: 1, column: 0, rows: 2, columns: 1 }, type: 'Custom', formula: '=2', fill: null, fontColor: null, clipped: false });
    await mockRun(server)(async (context) => {
      const formats = context.workbook.worksheets.getItem('Ark1').getRange('A1:A3').conditionalFormats;
      const count = formats.getCount();
      formats.load('items/type');
      await context.sync();
      expect([count.value, formats.items.length]).toEqual([2, 1]);
    });
  });

  it('takes a first column of numbers under a header for one more chart series; a column of text gives the categories', () => {
    const server = new FakeWorkbook();
    const sheet = server.addSheet('Ark1');
    [
      ['År', 'A', 'B'],
      [2022, 1, 2],
      [2023, 3, 4],
    ].forEach((row, r) => row.forEach((value, c) => sheet.put(r + 1, c, { value })));
    const source = { row: 1, column: 0, rows: 3, columns: 3 };
    expect(guessSeries(sheet, source).map((x) => x.name)).toEqual(['År', 'A', 'B']);
    sheet.put(2, 0, { value: '2022' });
    sheet.put(3, 0, { value: '2023' });
    expect(guessSeries(sheet, source).map((x) => [x.name, x.categories?.column])).toEqual([
      ['A', 0],
      ['B', 0],
    ]);
  });

  it('a property loaded again in the same context shows what the workbook holds now', async () => {
    const server = new FakeWorkbook();
    server.addSheet('Ark1').put(1, 0, { value: 'før' });
    await mockRun(server)(async (context) => {
      const range = context.workbook.worksheets.getItem('Ark1').getRange('A1');
      range.load('values');
      await context.sync();
      server.sheets[0].put(1, 0, { value: 'efter' });
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([['efter']]);
    });
  });
});
