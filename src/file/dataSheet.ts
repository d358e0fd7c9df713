import type ExcelJS from 'exceljs';

/** The hidden sheet where a file keeps what Excel keeps in custom XML parts. */
export const DATA_SHEET = 'Anvisning-data';
const CHUNK = 30_000; // below Excel's 32,767 characters per cell
const KEYS = ['agreement', 'state', 'results', 'reports', 'variants'] as const;
export type StoredKey = (typeof KEYS)[number];

/** One stored text, joined from its row of cells in the hidden sheet; null when there is none. */
export function storedText(workbook: ExcelJS.Workbook, key: StoredKey): string | null {
  const data = workbook.getWorksheet(DATA_SHEET);
  if (!data) return null;
  const cells = data.getRow(KEYS.indexOf(key) + 1).values as unknown[];
  const joined = cells
    .slice(2)
    .map((v) => (typeof v === 'string' ? v : ''))
    .join('');
  return joined === '' ? null : joined;
}

/** Keeps one text in its row of the hidden sheet (made, very hidden, when the file has none). */
export function storeText(workbook: ExcelJS.Workbook, key: StoredKey, text: string): void {
  const data = workbook.getWorksheet(DATA_SHEET) ?? workbook.addWorksheet(DATA_SHEET, { state: 'veryHidden' });
  data.getRow(KEYS.indexOf(key) + 1).values = [key, ...chunks(text)];
}

export function parseStoredJson<T>(text: string): T | null {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) out.push(text.slice(i, i + CHUNK));
  return out;
}
