import { EMPTY_STORED, StoredData } from '../port/workbookPort';
import { isPayloadLimit } from './limitErrors';
import { PIECES_PER_READ } from './limits';
import type { ResultFingerprint } from '../core/results';
import { parsePendingXml } from './pendingWrite';
import { PartInfo, StoredLayout, storedLayout, unfinishedWrite } from './storedLayout';
import type { NewGeneration } from './commit';
import { fromPieces, newToken, toPieces } from './storedPieces';
import { storedToText, textToStored } from './storedText';

/**
 * Agreement, state and results fingerprint live in custom XML parts, not in workbook settings:
 * settings are documented to hold at most 2 MB per add-in (and have been reported to fail near
 * 1 MB), while the state's ledger grows by about 150 bytes a vacancy and reaches several MB in a
 * year. Parts have no documented size limit; each part is kept small enough for one request.
 */

/** Queues a listing of the parts (ids and namespaces only; no content travels). */
export function queuePartList(context: Excel.RequestContext): () => StoredLayout {
  const parts = context.workbook.customXmlParts;
  parts.load('items/id,items/namespaceUri');
  return () => storedLayout(parts.items.map((p): PartInfo => ({ id: p.id, namespaceUri: p.namespaceUri })));
}

/** Queues reading the current parts, unless responses are limited and they would not fit one (perRead parts); then null. */
export function queueStoredRead(context: Excel.RequestContext, layout: StoredLayout, limited: boolean, perRead = PIECES_PER_READ): (() => StoredData) | null {
  if (limited && layout.current.length > perRead) return null;
  const xmls = layout.current.map((id) => context.workbook.customXmlParts.getItem(id).getXml());
  const pending = queuePendingRead(context, layout);
  return () => withPending(decode(xmls.map((x) => x.value)), pending());
}

/** Queues reading the record of an unfinished write based on the stored data that counts (a small part), if there is one. */
function queuePendingRead(context: Excel.RequestContext, layout: StoredLayout): () => ResultFingerprint | null {
  const part = unfinishedWrite(layout);
  if (part === null) return () => null;
  const xml = context.workbook.customXmlParts.getItem(part.id).getXml();
  return () => parsePendingXml(xml.value);
}

function withPending(stored: StoredData, pending: ResultFingerprint | null): StoredData {
  return pending === null ? stored : { ...stored, pending };
}

/**
 * Reads the current parts, `perRead` to a sync: all of them where responses may be large (Excel on
 * Windows and Mac), a few where they may not (Excel on the web refused a response for its size).
 * A response refused all the same is asked again with fewer parts (at most PIECES_PER_READ, then
 * half as many, down to one); how many went through is returned, so the next read starts there.
 */
export async function readStored(context: Excel.RequestContext, layout: StoredLayout, perRead: number): Promise<{ stored: StoredData; perRead: number; refused: boolean }> {
  const xmls: string[] = [];
  let perSync = Math.max(1, Math.min(perRead, layout.current.length));
  let refused = false;
  let pending = queuePendingRead(context, layout);
  if (layout.current.length === 0) await context.sync();
  for (let i = 0; i < layout.current.length;) {
    const results = layout.current.slice(i, i + perSync).map((id) => context.workbook.customXmlParts.getItem(id).getXml());
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadLimit(e) || perSync === 1) throw e;
      refused = true;
      perSync = Math.min(PIECES_PER_READ, Math.ceil(perSync / 2));
      if (i === 0) pending = queuePendingRead(context, layout);
      continue;
    }
    xmls.push(...results.map((r) => r.value));
    i += results.length;
  }
  return { stored: withPending(decode(xmls), pending()), perRead: perSync, refused };
}

function decode(xmls: string[]): StoredData {
  return xmls.length === 0 ? { ...EMPTY_STORED } : textToStored(fromPieces(xmls));
}

/** The parts that will hold `stored` as the next generation, under a token of this writer's own. */
export function storedPieces(stored: StoredData, layout: StoredLayout, pieceBytes?: number): NewGeneration {
  const generation = { number: layout.nextGeneration, token: newToken() };
  return { generation, pieces: toPieces(storedToText(stored), generation, pieceBytes) };
}
