import { FIELDS, FieldKey, SheetReadResult } from '../core';
import { cellText } from '../core/sheet';
import { missingFields } from '../core/sheet';
import type { FieldSpec } from '../core/sheet';
import { RangeSnapshot } from '../port/workbookPort';
import { ColumnOverrides } from './readVacancies';

/** A column whose header was not recognised: what the user may say it is. */
export interface UnknownColumn {
  header: string;
  index: number;
  /** The field the user mapped it to, if any. */
  mapped: FieldKey | null;
  /** Fields it can be mapped to: those the sheet lacks, and its own mapping. */
  choices: readonly FieldSpec[];
}

export interface ColumnReport {
  recognised: readonly FieldSpec[];
  missing: readonly FieldSpec[];
  unknown: UnknownColumn[];
}

/** Which columns were recognised, which are missing, and which the user can say what they are. */
export function describeColumns(snapshot: RangeSnapshot, sheet: SheetReadResult, overrides: ColumnOverrides): ColumnReport {
  const columns = sheet.headers?.columns ?? {};
  const headerTexts = (snapshot.values[sheet.ok ? sheet.headerRow - snapshot.firstRow : 0] ?? []).map((h) => cellText(h).trim());
  const missingKeys = new Set(missingFields(columns));
  // Headers mapped by hand leave the "unknown" list; they stay listed so the mapping can be undone.
  const mappedIndexes = new Set(Object.values(overrides));
  const unknownHeaders = [...(sheet.headers?.unknown ?? []), ...headerTexts.filter((_, i) => mappedIndexes.has(i))];
  const unknown = unknownHeaders.map((header) => {
    const index = headerTexts.indexOf(header);
    const mapped = (Object.entries(overrides) as [FieldKey, number][]).find(([, i]) => i === index)?.[0] ?? null;
    return { header, index, mapped, choices: FIELDS.filter((f) => columns[f.key] === undefined || f.key === mapped) };
  });
  return { recognised: FIELDS.filter((f) => columns[f.key] !== undefined && !missingKeys.has(f.key)), missing: FIELDS.filter((f) => missingKeys.has(f.key)), unknown };
}

/** The overrides after the user said column `index` is `field` (null: ignore it). */
export function mapColumn(overrides: ColumnOverrides, index: number, field: FieldKey | null): ColumnOverrides {
  const next: ColumnOverrides = {};
  for (const [key, i] of Object.entries(overrides) as [FieldKey, number][]) if (i !== index && key !== field) next[key] = i;
  if (field) next[field] = index;
  return next;
}
