import type { OwnSheet } from '../port/workbookPort';

/**
 * Which report sheets the add-in made lives in a small custom XML part of its own (ExcelApi 1.5),
 * apart from the agreement and state, so recording a report never rewrites a state of megabytes.
 * https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection#excel-excel-customxmlpartcollection-getbynamespace-member(1)
 */
export const OWN_SHEETS_NAMESPACE = 'urn:anvisningsaftaler:rapportark:v1';

export function ownSheetsXml(own: readonly OwnSheet[]): string {
  const json = JSON.stringify(own).replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'));
  return `<reports xmlns="${OWN_SHEETS_NAMESPACE}">${json}</reports>`;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The records back from the part's XML, however Excel serialises it; a damaged part counts as none. */
export function parseOwnSheets(xml: string): OwnSheet[] {
  const m = /<reports\b[^>]*>([\s\S]*)<\/reports>/.exec(xml);
  if (!m) return [];
  const text = m[1].replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(parseInt(e.slice(1), 10)) : (ENTITIES[e] ?? whole),
  );
  try {
    const parsed = JSON.parse(text) as unknown;
    return Array.isArray(parsed) ? parsed.filter((o): o is OwnSheet => !!o && typeof o.name === 'string' && typeof o.kind === 'string' && typeof o.fingerprint === 'string') : [];
  } catch {
    return [];
  }
}
