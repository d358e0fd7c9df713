// See office.contract.test.ts for why office-addin-manifest is replaced by its enum module.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

import { allocateInWorkbook } from '../../src/app/allocateInWorkbook';
import { describeError } from '../../src/app/describeError';
import * as da from '../../src/core/da';
import { randers, smallSheet } from './fixtures';
import { officeHarness } from './office/officeHarness';

describe('OfficeWorkbook: the run options a newer Excel has, and the fallback where it has not', () => {
  it('where the Excel has delayForCellEdit, a run started while the user types in a cell waits for them', async () => {
    const h = await officeHarness(smallSheet());
    h.server.apiVersion = '1.11';
    h.server.cellEditMode = true;
    expect(await allocateInWorkbook(h.port, randers())).toMatchObject({ ok: true });
    expect(h.server.delayedRuns).toBe(1);
  });

  it('where it has not (ExcelApi 1.9), the run fails with Excel’s cell-edit error, told in Danish, and writes nothing', async () => {
    const h = await officeHarness(smallSheet());
    h.server.cellEditMode = true;
    const before = h.values('Ark1');
    const error = await allocateInWorkbook(h.port, randers()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(describeError(error).text).toBe(da.officeErrors.InvalidOperationInCellEditMode);
    expect(h.values('Ark1')).toEqual(before);
  });
});
