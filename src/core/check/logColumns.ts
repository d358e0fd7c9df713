import * as da from '../da';
import { CellAt, RowError } from '../sheet/rowError';
import { parseDate } from '../sheet/dates';
import { cellText, isBlank } from '../sheet/cellText';
import { findHeaderIndex, normaliseHeader } from '../sheet/headers';
import { CellTable, UncalculatedFormula } from '../types';

export type LetTo = 'municipality' | 'waitlist';
export type Answer = 'accepted' | 'declined';

/** What the lettings log says happened to one vacancy. */
export interface LogEntry {
  /** Null when the vacancy is not let yet. */
  letTo: LetTo | null;
  offeredOn: string | null;
  answer: Answer | null;
  errors: RowError[];
}

const COLUMNS = {
  letTo: ['udlejettil', 'udlejet', 'anvistaf'],
  offeredOn: ['tilbudtkommunen', 'tilbudt', 'tilbudtdato', 'tilbudtden'],
  answer: ['kommunenssvar', 'svar', 'kommunenssvardato'],
} as const;

// Maps, not objects: the cell text is the user's, and "constructor" must not find Object's.
const LET_TO = new Map<string, LetTo>(
  Object.entries({
    kommune: 'municipality',
    kommunen: 'municipality',
    kommunal: 'municipality',
    'kommunal anvisning': 'municipality',
    'anvist af kommunen': 'municipality',
    venteliste: 'waitlist',
    ventelisten: 'waitlist',
    'ekstern venteliste': 'waitlist',
    'intern venteliste': 'waitlist',
    oprykning: 'waitlist',
    bytte: 'waitlist',
    boligbytte: 'waitlist',
  } satisfies Record<string, LetTo>),
);

const ANSWERS = new Map<string, Answer>(
  Object.entries({
    accepteret: 'accepted',
    accept: 'accepted',
    ja: 'accepted',
    godkendt: 'accepted',
    afvist: 'declined',
    afslag: 'declined',
    afslået: 'declined',
    nej: 'declined',
  } satisfies Record<string, Answer>),
);

export type LogRead = { ok: true; entries: Map<number, LogEntry> } | { ok: false; error: string };

/** Reads Udlejet til, Tilbudt kommunen and Kommunens svar for every data row (by sheet row number). */
export function readLogColumns(table: CellTable, options: { firstRow?: number; firstColumn?: number } = {}): LogRead {
  const firstRow = options.firstRow ?? 1;
  const headerIndex = findHeaderIndex(table);
  const header = table[headerIndex] ?? [];
  const find = (names: readonly string[]) => header.findIndex((h) => (names as readonly string[]).includes(normaliseHeader(cellText(h).trim())));
  const col = { letTo: find(COLUMNS.letTo), offeredOn: find(COLUMNS.offeredOn), answer: find(COLUMNS.answer) };
  if (col.letTo < 0) return { ok: false, error: da.check.noLetToColumn(header.map((h) => cellText(h).trim()).filter((h) => h !== '')) };
  const place = (row: number, c: number): CellAt => ({ row, column: (options.firstColumn ?? 0) + c, header: cellText(header[c]).trim() });
  const entries = new Map<number, LogEntry>();
  for (let i = headerIndex + 1; i < table.length; i++) {
    const cells = table[i];
    if (cells.every(isBlank)) continue;
    const row = firstRow + i;
    const errors: RowError[] = [];
    // A formula saved without its value tells nothing about the letting: an error, and the cell is left out.
    const readable = (c: number) => {
      const cell = cells[c];
      if (c < 0 || !(cell instanceof UncalculatedFormula)) return c;
      errors.push({ code: 'uncalculated', at: place(row, c), formula: cell.toString() });
      return -1;
    };
    const [letToColumn, offeredColumn, answerColumn] = [readable(col.letTo), readable(col.offeredOn), readable(col.answer)];
    const label = (c: number) => (c < 0 ? '' : cellText(cells[c]).trim().toLowerCase().replace(/\s+/g, ' '));
    const letToText = label(letToColumn);
    const letTo = letToText === '' ? null : (LET_TO.get(letToText) ?? null);
    if (letToText !== '' && letTo === null) errors.push({ code: 'badLetTo', at: place(row, letToColumn), text: cellText(cells[letToColumn]).trim() });
    let offeredOn: string | null = null;
    if (offeredColumn >= 0 && !isBlank(cells[offeredColumn])) {
      offeredOn = parseDate(cells[offeredColumn]) ?? null;
      if (offeredOn === null) errors.push({ code: 'badOfferDate', at: place(row, offeredColumn), text: cellText(cells[offeredColumn]).trim() });
    }
    const answerText = label(answerColumn);
    const answer = answerText === '' ? null : (ANSWERS.get(answerText) ?? null);
    if (answerText !== '' && answer === null) errors.push({ code: 'badAnswer', at: place(row, answerColumn), text: cellText(cells[answerColumn]).trim() });
    entries.set(row, { letTo, offeredOn, answer, errors });
  }
  return { ok: true, entries };
}
