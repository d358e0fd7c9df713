import type { ChartSpec, ReportTable } from '../core/results/report';
import { a1 } from './a1';
import { planBlocks } from './blocks';
import { writeCells } from './cellWrite';

const TABLE_STYLE = 'TableStyleMedium2';
const CHART_ROWS = 18;
const CHART_COLUMNS = 8;

/**
 * Each table under its bold title, two empty rows between; blocks as for results, one sync each.
 * Charts go to the right of the tables, one under the other (ExcelApi 1.1 charts).
 */
export async function fillReportSheet(context: Excel.RequestContext, sheet: Excel.Worksheet, tables: ReportTable[], charts: ChartSpec[] = []): Promise<void> {
  let row = 1;
  let width = 1;
  const areas: string[] = [];
  for (const t of tables) {
    width = Math.max(width, t.headers.length);
    writeCells(sheet, row, 0, [[t.title]], 1);
    sheet.getRange(a1(row, 0)).format.font.bold = true;
    const all = [t.headers, ...(t.rows.length > 0 ? t.rows : [t.headers.map(() => null)])];
    for (const b of planBlocks(all)) {
      writeCells(sheet, row + 1 + b.start, 0, all.slice(b.start, b.end), t.headers.length);
      await context.sync();
    }
    const area = a1(row + 1, 0, all.length, t.headers.length);
    areas.push(area);
    sheet.tables.add(area, true).style = TABLE_STYLE;
    row += all.length + 3;
  }
  sheet.getRange(a1(1, 0, row, width)).format.autofitColumns();
  charts.forEach((c, i) => {
    const chart = sheet.charts.add(c.kind === 'column' ? 'ColumnClustered' : 'Line', sheet.getRange(areas[c.table]), 'Columns');
    chart.title.text = c.title;
    chart.setPosition(a1(1 + i * CHART_ROWS, width + 1), a1(CHART_ROWS * (i + 1) - 1, width + CHART_COLUMNS));
  });
  sheet.activate();
  await context.sync();
}
