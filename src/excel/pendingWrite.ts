import type { ResultFingerprint } from '../core/results';
import type { Generation } from './storedPieces';
import { escapeXml, xmlText } from './xmlText';

/**
 * A result write under way, in a small custom XML part of its own: added in the write's first
 * request, deleted in its last. Ctrl+Z after a run takes back its last requests; where custom XML
 * parts are undone too, the generation the run read counts again, and this part tells that the
 * cells are the add-in's write cut short (its blocks and what they held before), not an edit of
 * the user's. The namespace names the generation the write was based on, so only a write based on
 * the stored data that counts is believed.
 */
export const PENDING_NAMESPACE = 'urn:anvisningsaftaler:skrivning:v1';

export interface PendingPart {
  id: string;
  base: Generation | null;
  generation: Generation;
}

const name = (g: Generation) => `${g.number}.${g.token}`;

export function pendingNamespace(base: Generation | null, ours: Generation): string {
  return `${PENDING_NAMESPACE}:b${base === null ? '0.' : name(base)}:g${name(ours)}`;
}

export function parsePendingNamespace(uri: string): Omit<PendingPart, 'id'> | null {
  const m = /^urn:anvisningsaftaler:skrivning:v1:b(\d+)\.([0-9a-z]*):g(\d+)\.([0-9a-z]*)$/.exec(uri);
  if (!m) return null;
  return { base: m[1] === '0' ? null : { number: Number(m[1]), token: m[2] }, generation: { number: Number(m[3]), token: m[4] } };
}

export function pendingXml(base: Generation | null, ours: Generation, results: ResultFingerprint): string {
  return `<pending xmlns="${pendingNamespace(base, ours)}">${escapeXml(JSON.stringify(results))}</pending>`;
}

/** The fingerprint of the unfinished write; null when the part cannot be read (then nothing is believed). */
export function parsePendingXml(xml: string): ResultFingerprint | null {
  try {
    const f = JSON.parse(xmlText(xml)) as ResultFingerprint;
    return typeof f?.sheetName === 'string' && typeof f.hash === 'string' && Number.isInteger(f.headerRow) && Number.isInteger(f.rowCount) ? f : null;
  } catch {
    return null;
  }
}
