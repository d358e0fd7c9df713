import type { ResultCell } from '../core/results/resultCells';
import { a1 } from './a1';
import { planBlocks } from './blocks';
import { writeCells } from './cellWrite';

const TABLE_STYLE = 'TableStyleMedium2';
/** Writes headers and rows in blocks from A1 and makes the last request turn them into a table. */
export async function fillTableSheet(context: Excel.RequestContext, sheet: Excel.Worksheet, headers: string[], rows: ResultCell[][]): Promise<void> {
  const all: ResultCell[][] = [headers, ...rows];
  const width = headers.length;
  const blocks = planBlocks(all);
  for (const [i, b] of blocks.entries()) {
    writeCells(sheet, b.start + 1, 0, all.slice(b.start, b.end), width);
    if (i === blocks.length - 1) {
      const table = sheet.tables.add(a1(1, 0, all.length, width), true);
      table.style = TABLE_STYLE;
      sheet.getRange(a1(1, 0, all.length, width)).format.autofitColumns();
      sheet.activate();
    }
    await context.sync();
  }
}
