// See office.contract.test.ts for why office-addin-manifest is replaced by its enum module.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

import { readAgreementFromSheet, writeAgreementToSheet } from '../../src/app/agreementSheet';
import * as da from '../../src/core/da';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { bundled } from '../helpers';
import { modelFromAgreement } from '../../src/core/agreement/model/fromAgreement';
import { agreementSheetLayout, columnWidths } from '../../src/core/agreement/sheet/layout';
import { FakeWorkbook } from './office/fakeWorkbook';
import { mockRun } from './office/mockExcel';

/** What only Excel does: requests, syncs, and a workbook whose only sheet is the one replaced. */
describe('OfficeWorkbook: the agreement sheet in Excel', () => {
  it('replaces the workbook’s only sheet (Excel will not delete the last one, so the new one comes first), in two syncs, three over its own sheet', async () => {
    const server = new FakeWorkbook();
    server.addSheet('Aftale').put(1, 0, { value: 'gammel' });
    const port = new OfficeWorkbook(mockRun(server));
    const before = server.stats.syncs;
    expect(await writeAgreementToSheet(port, bundled('randers-bolig'), { replace: true })).toMatchObject({ ok: true, sheetName: 'Aftale' });
    // One to see what is there, one to write it all.
    expect(server.stats.syncs - before).toBe(2);
    expect(server.sheets.map((s) => s.name)).toEqual(['Aftale']);
    expect(server.sheet('Aftale').cell(1, 0)?.value).toBe(da.agreementSheet.titles.agreement);
    expect(server.tables.map((t) => t.name)).toEqual(['Aftale', 'Puljer', 'Regler']);

    // Again over the product's own sheet: one more sync sees that its tables are the old sheet's, which go with it.
    const again = server.stats.syncs;
    expect(await writeAgreementToSheet(port, bundled('standard-25'), { replace: true })).toMatchObject({ ok: true });
    expect(server.stats.syncs - again).toBe(3);
    expect(server.sheets.map((s) => s.name)).toEqual(['Aftale']);
    expect(server.tables.map((t) => t.name)).toEqual(['Aftale', 'Puljer', 'Regler']);
    expect(await readAgreementFromSheet(port)).toMatchObject({ ok: true, agreement: { id: 'standard-25' } });
    // Each column as wide as the widest of the tables standing in it asks, in points (about 7 a character).
    expect(server.sheet('Aftale').columnWidths).toEqual(columnWidths(agreementSheetLayout(modelFromAgreement(bundled('standard-25')))).map((w) => w * 7));
  });

  it('reads the three tables in two syncs, without the used range when every table is there', async () => {
    const server = new FakeWorkbook();
    server.addSheet('Ark1');
    const port = new OfficeWorkbook(mockRun(server));
    await writeAgreementToSheet(port, bundled('ishoej-100'));
    const before = server.stats.syncs;
    const cells = await port.readAgreementSheet('Aftale', ['Aftale', 'Puljer', 'Regler']);
    expect(server.stats.syncs - before).toBe(2);
    expect(Object.keys(cells.tables)).toEqual(['Aftale', 'Puljer', 'Regler']);
    expect(cells.sheet).toEqual({ sheetName: 'Aftale', firstRow: 1, firstColumn: 0, values: [] });
    expect((await readAgreementFromSheet(port)).ok).toBe(true);
  });
});
