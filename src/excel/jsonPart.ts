import { escapeXml, xmlText } from './xmlText';

/**
 * Small things the add-in keeps beside the agreement and state (which report sheets are its own,
 * the variants the user saved) live each in a custom XML part of its own namespace (ExcelApi 1.5),
 * so changing one never rewrites a state of megabytes. The part holds one JSON value as text.
 * https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection#excel-excel-customxmlpartcollection-getbynamespace-member(1)
 */
export const OWN_SHEETS_NAMESPACE = 'urn:anvisningsaftaler:rapportark:v1';
export const VARIANTS_NAMESPACE = 'urn:anvisningsaftaler:varianter:v1';

export function jsonPartXml(namespace: string, value: unknown): string {
  return `<data xmlns="${namespace}">${escapeXml(JSON.stringify(value))}</data>`;
}

/** The value back from the part's XML, however Excel serialises it (prefixes, entities, line ends); a damaged part reads as undefined. */
export function parseJsonPart(xml: string): unknown {
  try {
    return JSON.parse(xmlText(xml)) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Queues listing the parts of a namespace; the returned reader needs one more sync when there is
 * one, and gives the newest part's value and the ids of all of them (to delete when replacing).
 */
export function queueJsonPart(context: Excel.RequestContext, namespace: string): () => Promise<{ value: unknown; parts: string[] }> {
  const parts = context.workbook.customXmlParts.getByNamespace(namespace);
  parts.load('items/id');
  return async () => {
    const ids = parts.items.map((p) => p.id);
    if (ids.length === 0) return { value: undefined, parts: ids };
    const xml = context.workbook.customXmlParts.getItem(ids[ids.length - 1]).getXml();
    await context.sync();
    return { value: parseJsonPart(xml.value), parts: ids };
  };
}

/** Queues replacing the namespace's parts (as listed) by one holding `value`; runs with the caller's next sync. */
export function queueReplaceJsonPart(context: Excel.RequestContext, namespace: string, oldParts: readonly string[], value: unknown): void {
  for (const id of oldParts) context.workbook.customXmlParts.getItem(id).delete();
  context.workbook.customXmlParts.add(jsonPartXml(namespace, value));
}
