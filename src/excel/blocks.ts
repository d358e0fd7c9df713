import type { ReportCell } from '../core/results';
import { cellFormats, cellValues } from './cellWrite';
import { BLOCK_BYTES, BLOCK_ROWS } from './limits';
import { wireSize } from './wireSize';

/** Rows [start, end) of a block of cells, written in one request. */
export interface Block {
  start: number;
  end: number;
}

/**
 * Cuts rows into blocks by what they cost on the wire (values and formats) and by count: as few
 * blocks as the limits allow, filled evenly, so that the last is not a sliver of a request.
 */
export function planBlocks(rows: readonly (readonly ReportCell[])[], maxBytes = BLOCK_BYTES, maxRows = BLOCK_ROWS): Block[] {
  if (rows.length === 0) return [];
  const costs = rows.map((row) => wireSize(cellValues(row)) + wireSize(cellFormats(row)) + 2);
  const total = costs.reduce((a, b) => a + b, 0);
  for (let count = Math.max(Math.ceil(total / maxBytes), Math.ceil(rows.length / maxRows)); ; count++) {
    const size = Math.ceil(rows.length / count);
    const blocks = Array.from({ length: Math.ceil(rows.length / size) }, (_, k) => ({ start: k * size, end: Math.min(rows.length, (k + 1) * size) }));
    // A single row over the limit cannot be split further; it goes alone.
    if (size === 1 || blocks.every((b) => costs.slice(b.start, b.end).reduce((a, c) => a + c, 0) <= maxBytes)) return blocks;
  }
}
