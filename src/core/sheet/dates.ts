import { CellValue } from '../types';

/**
 * Reads a date into ISO yyyy-mm-dd: Excel serial numbers (number cells only: text such as "2024"
 * is no date), JS Dates (exceljs gives them for date-formatted cells), yyyy-mm-dd, dd-mm-yyyy,
 * dd.mm.yyyy, dd/mm/yyyy (one-digit day and month too, as Danes often write them). A time of day
 * after the date is ignored. The date must exist in the calendar. Returns undefined otherwise.
 */
export function parseDate(cell: CellValue): string | undefined {
  if (cell instanceof Date) return isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return fromExcelSerial(cell);
  if (typeof cell !== 'string') return undefined;
  // A sheet repeats the same few hundred dates; reading each text once keeps a million rows quick.
  const known = seen.get(cell);
  if (known !== undefined || seen.has(cell)) return known;
  const iso = parseDateText(cell);
  if (seen.size > 50_000) seen.clear();
  seen.set(cell, iso);
  return iso;
}

const seen = new Map<string, string | undefined>();

function parseDateText(cell: string): string | undefined {
  const s = cell.trim().replace(/([T\s]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?Z?)$/, '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return isoIfReal(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$/.exec(s);
  if (m) return isoIfReal(+m[4], +m[3], +m[1]);
  return undefined;
}

// Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was (serial 60),
// so from serial 61 on, day 0 is in effect 1899-12-30.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function fromExcelSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return undefined;
  const day = Math.floor(serial);
  if (day === 60) return undefined;
  const offset = day < 60 ? day + 1 : day;
  return new Date(EXCEL_EPOCH_MS + offset * DAY_MS).toISOString().slice(0, 10);
}

/** yyyy-mm-dd → Excel's serial number (dates from 1 March 1900 on, which is all a vacancy has). */
export function toExcelSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH_MS) / DAY_MS);
}

function isoIfReal(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1000) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}
