import { CellValue } from '../types';
import { fingerprint } from './fingerprint';
import type { ResultCell } from './resultCells';

/**
 * One block of a result write as it went to Excel in one request: its rows, a fingerprint of what
 * it wrote, and one of what the cells held before. In Excel every request is an undo step of its
 * own (unless the run is one undo group), so Ctrl+Z after a run puts back the last blocks as they
 * were: the rows are then as written up to some block and as before from there on.
 */
export interface BlockPrint {
  rows: number;
  written: string;
  before: string;
}

/** The fingerprints of each block, for blocks of these sizes (in rows, from the header row). */
export function blockPrints(written: readonly (readonly ResultCell[])[], before: readonly (readonly CellValue[])[], sizes: readonly number[]): BlockPrint[] {
  let start = 0;
  return sizes.map((rows) => {
    const block = { rows, written: fingerprint(written.slice(start, start + rows)), before: fingerprint(before.slice(start, start + rows)) };
    start += rows;
    return block;
  });
}

/**
 * Whether the cells are a write cut short by Ctrl+Z: the first blocks as written, the rest as they
 * were before (all of them, when the whole run was undone). Rows past the write must be empty.
 */
export function cutShort(cells: readonly (readonly CellValue[])[], blocks: readonly BlockPrint[], blank: (row: readonly CellValue[]) => boolean): boolean {
  let start = 0;
  const prints = blocks.map((b) => {
    const rows = cells.slice(start, start + b.rows);
    start += b.rows;
    return rows.length === b.rows ? fingerprint(rows) : null;
  });
  if (!cells.slice(start).every(blank)) return false;
  const undone = prints.findIndex((p, i) => p !== blocks[i].written);
  return undone >= 0 && prints.slice(undone).every((p, i) => p === blocks[undone + i].before);
}
