import type { ReportTable } from '../core/results/rowHighlight';
import { a1 } from './a1';
import { planBlocks } from './blocks';
import { writeCells } from './cellWrite';

const TABLE_STYLE = 'TableStyleMedium2';

/** Each table under its bold title, two empty rows between; blocks as for results, one sync each. */
export async function fillReportSheet(context: Excel.RequestContext, sheet: Excel.Worksheet, tables: ReportTable[]): Promise<void> {
  let row = 1;
  let width = 1;
  for (const t of tables) {
    width = Math.max(width, t.headers.length);
    writeCells(sheet, row, 0, [[t.title]], 1);
    sheet.getRange(a1(row, 0)).format.font.bold = true;
    const all = [t.headers, ...(t.rows.length > 0 ? t.rows : [t.headers.map(() => null)])];
    for (const b of planBlocks(all)) {
      writeCells(sheet, row + 1 + b.start, 0, all.slice(b.start, b.end), t.headers.length);
      await context.sync();
    }
    sheet.tables.add(a1(row + 1, 0, all.length, t.headers.length), true).style = TABLE_STYLE;
    row += all.length + 3;
  }
  sheet.getRange(a1(1, 0, row, width)).format.autofitColumns();
  sheet.activate();
  await context.sync();
}
