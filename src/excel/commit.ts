import * as da from '../core/da';
import { DanishError } from '../core/util';
import type { Progress } from '../port/workbookPort';
import { othersSavedSince, PartInfo, sameGeneration, StoredLayout, storedLayout } from './storedLayout';
import type { Generation } from './storedPieces';

/** Queues one block of cells for one request; returns how many rows it holds. */
export type BlockWriter = () => number;

/** The stored data as the parts of a new generation. */
export interface NewGeneration {
  generation: Generation;
  pieces: readonly string[];
  /** The record of the write under way (pendingWrite.ts), added in its first request and deleted in its last. */
  pending?: string;
}

/**
 * Runs the blocks, one sync each, and stores the data with them. The parts of the new generation
 * ride along with the blocks; the last part goes into the same request as the last block, after
 * its cells, and the parts of the generation the run read (and older ones) are deleted after it.
 * Excel runs a request's commands in order and stops at the first that fails, what ran before it
 * staying done (https://learn.microsoft.com/javascript/api/office/officeextension.error#office-officeextension-error-tracemessages-member),
 * so if any block fails, the new generation stays incomplete and the stored data the workbook had
 * is still the one that counts.
 *
 * A write of more than one request records itself first (pendingWrite.ts), so that cells Ctrl+Z
 * left half as written and half as before are still known as the add-in's.
 *
 * Two runs at once (co-authors, two panes) must not mix their counters. So the first and the last
 * request begin by asking for a part of the generation the run read: if someone saved since, it is
 * gone (getItem fails with ItemNotFound) and the request stops before it writes anything; then the
 * run gives way in Danish and removes its own parts. Parts newer than the one read are never
 * deleted. Where nothing was stored yet there is nothing to ask for, so the last request lists the
 * parts after it saved, and a run that finds another's complete generation newer than what it read
 * takes its own back.
 */
export async function writeAndStore(
  context: Excel.RequestContext,
  layout: StoredLayout,
  next: NewGeneration,
  blocks: readonly BlockWriter[],
  finish: () => void,
  progress?: { onProgress?: Progress; total: number },
): Promise<void> {
  const parts = context.workbook.customXmlParts;
  const requests = Math.max(blocks.length, next.pieces.length);
  let rows = 0;
  let pending: Excel.CustomXmlPart | null = null;
  for (let k = 0; k < requests; k++) {
    const block = blocks[k - (requests - blocks.length)];
    const piece = next.pieces[k - (requests - next.pieces.length)];
    const last = k === requests - 1;
    if ((k === 0 || last) && layout.base !== null) parts.getItem(layout.current[0]).load('id');
    if (k === 0 && next.pending !== undefined && !last) pending = parts.add(next.pending);
    if (block) rows += block();
    if (last) finish();
    if (piece !== undefined) parts.add(piece);
    if (last) {
      for (const p of layout.parts) if (layout.base !== null && p.number <= layout.base.number) parts.getItem(p.id).delete();
      // Records of earlier writes are done with: this one saves, or gives way below.
      for (const p of layout.pending) parts.getItem(p.id).delete();
      pending?.delete();
      parts.load('items/id,items/namespaceUri');
    }
    try {
      await context.sync();
    } catch (error) {
      await giveWayIfChanged(context, layout, next.generation);
      throw error;
    }
    if (progress) progress.onProgress?.(rows, progress.total);
  }
  const after: PartInfo[] = parts.items.map((p) => ({ id: p.id, namespaceUri: p.namespaceUri }));
  if (othersSavedSince(after, layout.base, next.generation)) await giveWay(context, after, next.generation);
}

/** After a failed request: if the generation the run read is gone, someone saved meanwhile; the run gives way. */
async function giveWayIfChanged(context: Excel.RequestContext, layout: StoredLayout, ours: Generation): Promise<void> {
  if (layout.base === null) return;
  const parts = context.workbook.customXmlParts;
  parts.load('items/id,items/namespaceUri');
  try {
    await context.sync();
  } catch {
    return;
  }
  const now: PartInfo[] = parts.items.map((p) => ({ id: p.id, namespaceUri: p.namespaceUri }));
  if (sameGeneration(storedLayout(now).base, layout.base)) return;
  await giveWay(context, now, ours);
}

/** Removes the run's own parts (the other's stored data stays whole) and says so in Danish. */
async function giveWay(context: Excel.RequestContext, listing: readonly PartInfo[], ours: Generation): Promise<never> {
  const now = storedLayout(listing);
  for (const p of [...now.parts, ...now.pending.map((x) => ({ id: x.id, ...x.generation }))]) if (sameGeneration(p, ours)) context.workbook.customXmlParts.getItem(p.id).delete();
  await context.sync().catch(() => undefined);
  throw new DanishError(da.workbook.storedChanged);
}
