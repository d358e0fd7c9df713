import * as da from '../da';
import { CellValue } from '../types';
import { findHeaderIndex } from '../sheet/headers';

/**
 * The sheet as the user made it: the add-in's own result columns (found by their five headers in
 * the header row) blanked out, so a row whose data was deleted is skipped, not read as an error.
 */
export function withoutResultColumns(values: readonly (readonly CellValue[])[]): readonly (readonly CellValue[])[] {
  const headerIndex = findHeaderIndex(values);
  const header = values[headerIndex] ?? [];
  const names = da.resultColumns as readonly string[];
  let start = -1;
  for (let c = 0; c + names.length <= header.length && start < 0; c++) {
    if (names.every((h, i) => String(header[c + i] ?? '').trim() === h)) start = c;
  }
  // Nothing to blank (the usual case): the table is handed on as it is, not copied.
  if (start < 0) return values;
  return values.map((row) => row.map((v, c) => (c >= start && c < start + names.length ? null : v)));
}
