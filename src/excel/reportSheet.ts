import type { ReportLayout, ChartSpec } from '../core/results';
import type { ReportCell } from '../core/results';
import { a1 } from './a1';
import { planBlocks } from './blocks';
import { writeCells } from './cellWrite';
import { addExcelTable } from './excelTable';
import { PlacedChart, queueSeriesFix } from './chartSeries';

const CHART_ROWS = 18;
const CHART_COLUMNS = 8;

/**
 * Writes a laid-out report: the grid in blocks (one sync each, as for results), bold titles, each
 * table made an Excel table, and charts to the right of the tables, one under the other (ExcelApi
 * 1.1 charts). The caller syncs what is still queued.
 */
export async function fillReportSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: ReportLayout,
  charts: readonly ChartSpec[],
  headers: readonly (readonly string[])[],
): Promise<void> {
  const grid = categoriesAsText(layout, charts);
  const blocks = planBlocks(grid.map((r) => pad(r, layout.width)));
  for (const [i, b] of blocks.entries()) {
    writeCells(sheet, b.start + 1, 0, grid.slice(b.start, b.end), layout.width);
    if (i < blocks.length - 1) await context.sync();
  }
  const areas = layout.tables.map((t) => {
    if (t.titleRow !== null) sheet.getRange(a1(t.titleRow, 0)).format.font.bold = true;
    return addExcelTable(sheet, { headerRow: t.headerRow, width: t.width, dataRows: t.rows }).address;
  });
  sheet.getRange(a1(1, 0, layout.grid.length, layout.width)).format.autofitColumns();
  const placed: PlacedChart[] = charts.map((c, i) => {
    const chart = sheet.charts.add(c.kind === 'column' ? 'ColumnClustered' : 'Line', sheet.getRange(areas[c.table]), 'Columns');
    chart.title.text = c.title;
    chart.setPosition(a1(1 + i * CHART_ROWS, layout.width + 1), a1(CHART_ROWS * (i + 1) - 1, layout.width + CHART_COLUMNS));
    return { chart, table: layout.tables[c.table], headers: headers[c.table] };
  });
  if (placed.length === 0) return;
  const fixSeries = queueSeriesFix(sheet, placed);
  await context.sync();
  fixSeries();
}

/**
 * A chart's categories (years, months) written as text: Excel reads a column of text under a
 * header as the category labels, while it may take a column of numbers for one more series.
 */
function categoriesAsText(layout: ReportLayout, charts: readonly ChartSpec[]): ReportCell[][] {
  const rows = new Set(charts.flatMap((c) => Array.from({ length: layout.tables[c.table].rows }, (_, r) => layout.tables[c.table].headerRow + r)));
  return layout.grid.map((row, r) => (rows.has(r) && typeof row[0] === 'number' ? [String(row[0]), ...row.slice(1)] : row));
}

function pad<T>(row: readonly (T | null)[], width: number): (T | null)[] {
  return Array.from({ length: width }, (_, c) => row[c] ?? null);
}
