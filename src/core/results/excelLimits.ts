import * as da from '../da';

/**
 * Excel's specifications and limits (support.microsoft.com, "Excel specifications and limits"):
 * 32,767 characters in a cell, 1,048,576 rows and 16,384 columns (XFD) in a worksheet. A file past
 * them is "repaired" by Excel when opened, which may drop the cells or the sheet.
 */
export const EXCEL_MAX_CELL_CHARS = 32_767;
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/**
 * A text that fits one Excel cell: the text itself, or its beginning with a Danish note saying it
 * was cut and how long it was, so a reader of that cell knows it is not the whole text.
 */
export function fitExcelCell(text: string): string {
  if (text.length <= EXCEL_MAX_CELL_CHARS) return text;
  const note = da.file.cutNote(text.length);
  return text.slice(0, EXCEL_MAX_CELL_CHARS - note.length) + note;
}

/** Any cell to write: a text fitted to one Excel cell, anything else as it is. */
export function fitCell<T>(cell: T): T {
  return (typeof cell === 'string' ? fitExcelCell(cell) : cell) as T;
}
