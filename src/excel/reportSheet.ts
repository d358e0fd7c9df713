import type { ReportLayout, ChartSpec } from '../core/results/report';
import { a1 } from './a1';
import { planBlocks } from './blocks';
import { writeCells } from './cellWrite';

const TABLE_STYLE = 'TableStyleMedium2';
const CHART_ROWS = 18;
const CHART_COLUMNS = 8;

/**
 * Writes a laid-out report: the grid in blocks (one sync each, as for results), bold titles, each
 * table made an Excel table, and charts to the right of the tables, one under the other (ExcelApi
 * 1.1 charts). The caller syncs what is still queued.
 */
export async function fillReportSheet(context: Excel.RequestContext, sheet: Excel.Worksheet, layout: ReportLayout, charts: readonly ChartSpec[]): Promise<void> {
  const blocks = planBlocks(layout.grid.map((r) => pad(r, layout.width)));
  for (const [i, b] of blocks.entries()) {
    writeCells(sheet, b.start + 1, 0, layout.grid.slice(b.start, b.end), layout.width);
    if (i < blocks.length - 1) await context.sync();
  }
  const areas = layout.tables.map((t) => {
    if (t.titleRow !== null) sheet.getRange(a1(t.titleRow, 0)).format.font.bold = true;
    const area = a1(t.headerRow, 0, t.rows + 1, t.width);
    // A Range, not an address: an address without a sheet name makes the table on the active sheet
    // (https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)),
    // and the report sheet is shown only at the end.
    sheet.tables.add(sheet.getRange(area), true).style = TABLE_STYLE;
    return area;
  });
  sheet.getRange(a1(1, 0, layout.grid.length, layout.width)).format.autofitColumns();
  charts.forEach((c, i) => {
    const chart = sheet.charts.add(c.kind === 'column' ? 'ColumnClustered' : 'Line', sheet.getRange(areas[c.table]), 'Columns');
    chart.title.text = c.title;
    chart.setPosition(a1(1 + i * CHART_ROWS, layout.width + 1), a1(CHART_ROWS * (i + 1) - 1, layout.width + CHART_COLUMNS));
  });
}

function pad<T>(row: readonly (T | null)[], width: number): (T | null)[] {
  return Array.from({ length: width }, (_, c) => row[c] ?? null);
}
