import type { OwnSheet } from '../port/workbookPort';
import { escapeXml, xmlText } from './xmlText';

/**
 * Which report sheets the add-in made lives in a small custom XML part of its own (ExcelApi 1.5),
 * apart from the agreement and state, so recording a report never rewrites a state of megabytes.
 * https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection#excel-excel-customxmlpartcollection-getbynamespace-member(1)
 */
export const OWN_SHEETS_NAMESPACE = 'urn:anvisningsaftaler:rapportark:v1';

export function ownSheetsXml(own: readonly OwnSheet[]): string {
  return `<reports xmlns="${OWN_SHEETS_NAMESPACE}">${escapeXml(JSON.stringify(own))}</reports>`;
}

/** The records back from the part's XML, however Excel serialises it; a damaged part counts as none. */
export function parseOwnSheets(xml: string): OwnSheet[] {
  const text = xmlText(xml);
  try {
    const parsed = JSON.parse(text) as unknown;
    return Array.isArray(parsed) ? parsed.filter((o): o is OwnSheet => !!o && typeof o.name === 'string' && typeof o.kind === 'string' && typeof o.fingerprint === 'string') : [];
  } catch {
    return [];
  }
}
