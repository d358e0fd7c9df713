import { CellValue } from '../types';
import { FieldKey, FIELDS } from './fields';
import { cellText, isBlank } from './cellText';

/**
 * Headers compare case-insensitively, ignoring spaces, dots and the ² sign. ASCII spellings of
 * æ/ø/å (ae/oe/aa) are folded in too, because ERP exports often lose the Danish letters.
 */
export function normaliseHeader(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[\s.²\u00a0]/g, '')
    .replace(/ae/g, 'æ')
    .replace(/oe/g, 'ø')
    .replace(/aa/g, 'å');
}

const FIELD_BY_VARIANT: ReadonlyMap<string, FieldKey> = new Map(FIELDS.flatMap((f) => f.variants.map((v) => [normaliseHeader(v), f.key] as const)));

export function fieldForHeader(raw: string): FieldKey | undefined {
  const n = normaliseHeader(raw);
  return FIELD_BY_VARIANT.get(n) ?? FIELD_BY_VARIANT.get(n.replace(/[()]/g, ''));
}

export interface HeaderMap {
  /** Column index (0-based) of each recognised field; the first of duplicates wins. */
  columns: Partial<Record<FieldKey, number>>;
  /** Every non-empty header text, in sheet order, as found. */
  found: string[];
  /** Headers that were not recognised; kept in the sheet, ignored by the rules. */
  unknown: string[];
}

export function mapHeaders(cells: readonly CellValue[], overrides: Partial<Record<FieldKey, number>> = {}): HeaderMap {
  const columns: Partial<Record<FieldKey, number>> = {};
  const found: string[] = [];
  const unknown: string[] = [];
  const overridden = new Set(Object.values(overrides));
  cells.forEach((cell, index) => {
    const text = cellText(cell).trim();
    if (text === '') return;
    found.push(text);
    if (overridden.has(index)) return;
    const key = fieldForHeader(text);
    if (key === undefined) unknown.push(text);
    else if (columns[key] === undefined) columns[key] = index;
  });
  return { columns: { ...columns, ...overrides }, found, unknown };
}

/**
 * The known columns a sheet lacks. Husleje inkl. forbrug is not missed when Husleje is there,
 * because it is then computed as Husleje + Forbrug.
 */
export function missingFields(columns: HeaderMap['columns']): FieldKey[] {
  return FIELDS.filter((f) => columns[f.key] === undefined && !(f.key === 'rentInclConsumption' && columns.rent !== undefined)).map((f) => f.key);
}

/** How many non-empty rows from the top may hold the header: exports often put a title or a date above it. */
export const HEADER_SEARCH_ROWS = 10;

/**
 * Index of the header row: the first of the first ten non-empty rows with a Lejemål column (a
 * title row such as "Ledige boliger uge 12" is skipped); when none has one, the first non-empty
 * row, so the message about the missing column names what the sheet does have. -1 for an empty table.
 */
export function findHeaderIndex(table: readonly (readonly CellValue[])[]): number {
  return findHeaderRow(table, (cells) => cells.some((c) => fieldForHeader(cellText(c).trim()) === 'unitId'));
}

/** The same search for any table with a key column: the department register and the requests find their header so too. */
export function findHeaderRow(table: readonly (readonly CellValue[])[], hasKey: (cells: readonly CellValue[]) => boolean): number {
  let first = -1;
  let seen = 0;
  for (let i = 0; i < table.length && seen < HEADER_SEARCH_ROWS; i++) {
    const cells = table[i];
    if (cells.every(isBlank)) continue;
    if (first < 0) first = i;
    seen++;
    if (hasKey(cells)) return i;
  }
  return first;
}
