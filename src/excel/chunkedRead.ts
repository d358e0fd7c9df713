import type { CellValue } from '../core';
import type { RangeSnapshot } from '../port/workbookPort';
import { a1 } from './a1';
import { CHUNK_BYTES, READ_CELLS } from './limits';
import { queueRead, selectedTable } from './readSnapshot';
import { queuePartList } from './storedParts';
import type { StoredLayout } from './storedLayout';
import { wireSize } from './wireSize';
import { isCellLimit, isPayloadLimit } from './limitErrors';

/** The first chunk is small; it tells how many bytes a row of this sheet takes. */
const PROBE_ROWS = 1_000;
/** Rows weigh unevenly (long addresses, notes); chunks are sized for rows this much heavier than the probe's. */
const MARGIN = 1.1;
/** The least a cell weighs in a response: an empty one is `"",`. A probe of a wide sheet is cut by it. */
const MIN_CELL_BYTES = 3;

/**
 * The used range read in row chunks, for sheets too big for one read: one request for its size
 * (and the selection's tables and the stored parts), then chunks. No chunk covers more cells than
 * Excel reads at once (rows × columns ≤ READ_CELLS), and where responses are limited, each is sized
 * by bytes from the first one. A chunk refused for its size all the same is read again in halves.
 */
export async function readInChunks(
  context: Excel.RequestContext,
  withSelection: boolean,
  sheetName: string | null,
  limited: boolean,
): Promise<{ used: RangeSnapshot; tableName: string | null; layout: StoredLayout; limited: boolean }> {
  const read = queueRead(context, withSelection, 'size', sheetName);
  const { sheet, used: range } = read;
  const layout = queuePartList(context);
  await context.sync();
  const tableName = selectedTable(read);
  if (range.isNullObject) return { used: { sheetName: sheet.name, firstRow: 1, firstColumn: 0, values: [], tableName: null }, tableName, layout: layout(), limited };

  const firstRow = range.rowIndex + 1;
  const values: CellValue[][] = [];
  const cellRows = Math.max(1, Math.floor(READ_CELLS / range.columnCount));
  let rows = Math.min(PROBE_ROWS, cellRows, limited ? Math.max(1, Math.floor(CHUNK_BYTES / (MIN_CELL_BYTES * range.columnCount))) : Infinity);
  while (values.length < range.rowCount) {
    const n = Math.min(rows, range.rowCount - values.length);
    const chunk = sheet.getRange(a1(firstRow + values.length, range.columnIndex, n, range.columnCount));
    chunk.load('values');
    try {
      await context.sync();
    } catch (e) {
      if (!(isPayloadLimit(e) || isCellLimit(e)) || n === 1) throw e;
      // A response refused for its size: from now on chunks are sized by bytes as well.
      if (isPayloadLimit(e)) limited = true;
      rows = Math.ceil(n / 2);
      continue;
    }
    const got = chunk.values as CellValue[][];
    for (const row of got) values.push(row);
    // Size the next chunks by what this one weighed (only where responses are limited), and by cells.
    rows = limited ? Math.min(cellRows, Math.max(1, Math.floor(CHUNK_BYTES / ((wireSize(got) / got.length) * MARGIN)))) : cellRows;
  }
  return { used: { sheetName: sheet.name, firstRow, firstColumn: range.columnIndex, values, tableName: null }, tableName, layout: layout(), limited };
}
