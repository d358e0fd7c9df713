import type { OwnSheet, StoredVariant } from './workbookPort';

/**
 * What the adapters read back of their small records is checked, not trusted: a part or row a
 * user (or another program) damaged counts as no record, never as a crash.
 */
export function isOwnSheet(value: unknown): value is OwnSheet {
  const o = value as OwnSheet;
  return typeof o === 'object' && o !== null && typeof o.name === 'string' && typeof o.kind === 'string' && typeof o.fingerprint === 'string';
}

export function isStoredVariant(value: unknown): value is StoredVariant {
  const v = value as StoredVariant;
  return typeof v === 'object' && v !== null && typeof v.file === 'object' && v.file !== null && !Array.isArray(v.file) && (v.basedOn === null || typeof v.basedOn === 'string');
}
