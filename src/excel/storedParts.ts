import { EMPTY_STORED, StoredData } from '../port/workbookPort';
import { PIECES_PER_READ } from './limits';
import { PartInfo, StoredLayout, storedLayout } from './storedLayout';
import { fromPieces, toPieces } from './storedPieces';
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

/** Queues reading the current parts, unless responses are limited and they would not fit one; then null. */
export function queueStoredRead(context: Excel.RequestContext, layout: StoredLayout, limited: boolean): (() => StoredData) | null {
  if (limited && layout.current.length > PIECES_PER_READ) return null;
  const xmls = layout.current.map((id) => context.workbook.customXmlParts.getItem(id).getXml());
  return () => decode(xmls.map((x) => x.value));
}

/**
 * Reads the current parts: all in one sync where responses may be large (Excel on Windows and Mac),
 * a few per sync where they may not (`limited`: Excel on the web refused a response for its size).
 */
export async function readStored(context: Excel.RequestContext, layout: StoredLayout, limited: boolean): Promise<StoredData> {
  const perSync = limited ? PIECES_PER_READ : layout.current.length;
  const xmls: string[] = [];
  for (let i = 0; i < layout.current.length; i += perSync) {
    const results = layout.current.slice(i, i + perSync).map((id) => context.workbook.customXmlParts.getItem(id).getXml());
    await context.sync();
    xmls.push(...results.map((r) => r.value));
  }
  return decode(xmls);
}

function decode(xmls: string[]): StoredData {
  return xmls.length === 0 ? { ...EMPTY_STORED } : textToStored(fromPieces(xmls));
}

/** The XML of the parts that will hold `stored` as the next generation. */
export function storedPieces(stored: StoredData, layout: StoredLayout): string[] {
  return toPieces(storedToText(stored), layout.nextGeneration);
}
