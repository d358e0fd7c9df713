// See office.contract.test.ts for why office-addin-manifest is replaced by its enum module.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

import type { ReportCell } from '../../src/core/results/resultCells';
import { smallSheet } from './fixtures';
import { officeHarness } from './office/officeHarness';

describe('OfficeWorkbook: report charts', () => {
  it('sets every series itself, so a chart is right even in an Excel that takes the years for a series', async () => {
    const h = await officeHarness(smallSheet());
    h.server.chartsTakeFirstColumnAsSeries = true;
    const tables = [
      {
        title: 'Betalbare pr. år',
        headers: ['År', 'standard-25', 'randers-bolig', 'ishoej-100'],
        rows: [
          [2022, 13, 30, 40],
          [2023, 12, 36, 41],
          [2024, 9, 31, 44],
        ] as ReportCell[][],
      },
    ];
    const name = await h.port.writeReport({ kind: 'simulation', baseName: 'Sammenligning', tables, titled: true, charts: [{ title: 'Betalbare boliger pr. år', table: 0, kind: 'column' }] }, null);
    expect(h.charts(name)).toEqual([{ kind: 'column', title: 'Betalbare boliger pr. år', categories: ['2022', '2023', '2024'], series: ['standard-25', 'randers-bolig', 'ishoej-100'] }]);
    // Each series reads its own column's numbers.
    const chart = h.server.sheet(name).charts[0];
    expect(chart.series.map((x) => x.values.column)).toEqual([1, 2, 3]);
  });
});
