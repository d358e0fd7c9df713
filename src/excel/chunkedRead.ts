import type { CellValue } from '../core';
import type { RangeSnapshot } from '../core/results/resultPlan';
import { a1 } from './a1';
import { CHUNK_BYTES } from './limits';
import { queueRead, selectedTable } from './readSnapshot';
import { queuePartList } from './storedParts';
import type { StoredLayout } from './storedLayout';
import { wireSize } from './wireSize';

/** The first chunk is small; it tells how many bytes a row of this sheet takes. */
const PROBE_ROWS = 1_000;
/** Rows weigh unevenly (long addresses, notes); chunks are sized for rows this much heavier than the probe's. */
const MARGIN = 1.1;

/** Whether Excel refused a request or response for its size. */
export function isPayloadLimit(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && /PayloadSizeLimitExceeded$/.test(code);
}

/**
 * The used range read in row chunks, for sheets too big for one response: one request for its
 * size (and the selection's tables and the stored parts), then chunks sized from the first one.
 * A chunk refused for its size all the same is read again in halves.
 */
export async function readInChunks(
  context: Excel.RequestContext,
  withSelection: boolean,
  sheetName: string | null = null,
): Promise<{ used: RangeSnapshot; tableName: string | null; layout: StoredLayout }> {
  const read = queueRead(context, withSelection, 'size', sheetName);
  const { sheet, used: range } = read;
  const layout = queuePartList(context);
  await context.sync();
  const tableName = selectedTable(read);
  if (range.isNullObject) return { used: { sheetName: sheet.name, firstRow: 1, firstColumn: 0, values: [], tableName: null }, tableName, layout: layout() };

  const firstRow = range.rowIndex + 1;
  const values: CellValue[][] = [];
  let rows = PROBE_ROWS;
  while (values.length < range.rowCount) {
    const n = Math.min(rows, range.rowCount - values.length);
    const chunk = sheet.getRange(a1(firstRow + values.length, range.columnIndex, n, range.columnCount));
    chunk.load('values');
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadLimit(e) || n === 1) throw e;
      rows = Math.ceil(n / 2);
      continue;
    }
    const got = chunk.values as CellValue[][];
    values.push(...got);
    // Size the next chunks by what this one weighed.
    const perRow = Math.max(1, wireSize(got) / got.length);
    rows = Math.max(1, Math.floor(CHUNK_BYTES / (perRow * MARGIN)));
  }
  return { used: { sheetName: sheet.name, firstRow, firstColumn: range.columnIndex, values, tableName: null }, tableName, layout: layout() };
}
