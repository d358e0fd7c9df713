import type { Progress } from '../port/workbookPort';
import type { StoredLayout } from './storedLayout';

/** Queues one block of cells for one request; returns how many rows it holds. */
export type BlockWriter = () => number;

/**
 * Runs the blocks, one sync each, and stores the data with them. The parts of the new generation
 * ride along with the blocks; the last part goes into the same request as the last block, after
 * its cells, and the old parts are deleted after it. Excel runs a request's commands in order and
 * stops at the first that fails, so if any block fails, the new generation stays incomplete and
 * the stored data the workbook had is still the one that counts.
 */
export async function writeAndStore(
  context: Excel.RequestContext,
  layout: StoredLayout,
  pieces: readonly string[],
  blocks: readonly BlockWriter[],
  finish: () => void,
  progress?: { onProgress?: Progress; total: number },
): Promise<void> {
  const requests = Math.max(blocks.length, pieces.length);
  let rows = 0;
  for (let k = 0; k < requests; k++) {
    const block = blocks[k - (requests - blocks.length)];
    const piece = pieces[k - (requests - pieces.length)];
    const last = k === requests - 1;
    if (block) rows += block();
    if (last) finish();
    if (piece !== undefined) context.workbook.customXmlParts.add(piece);
    if (last) for (const id of layout.ours) context.workbook.customXmlParts.getItem(id).delete();
    await context.sync();
    if (progress) progress.onProgress?.(rows, progress.total);
  }
}
