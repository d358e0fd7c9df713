import { CellTable, CellValue, UncalculatedFormula, Vacancy } from '../types';
import { cellText, isBlank } from './cellText';
import { parseDate } from './dates';
import { FieldKey, FieldSpec, FIELDS } from './fields';
import { findHeaderIndex, HEADER_SEARCH_ROWS, HeaderMap, mapHeaders } from './headers';
import { parseAreaStatus, parseHousingType, parseLettingType } from './labels';
import { isTooLarge, parseNumber } from './numbers';
import { CellAt, RowError, SheetProblem } from './rowError';

export interface SheetRow {
  /** Sheet row number, header row counted. */
  rowNumber: number;
  /** The lejemål as written (may be empty on an error row). */
  unitId: string;
  /** Null when the row has errors. */
  vacancy: Vacancy | null;
  errors: RowError[];
}

export interface SheetReadOptions {
  /** Sheet row number of table[0] (default 1). */
  firstRow?: number;
  /** 0-based sheet column of table[*][0] (default 0), used for column letters in messages. */
  firstColumn?: number;
  /** Columns the user mapped by hand, by field. */
  overrides?: Partial<Record<FieldKey, number>>;
  /**
   * Let go of each data row of the table once it is read (the caller owns the table and will not
   * need its cells again): a million-row sheet then never holds both its text and its vacancies.
   */
  releaseRows?: boolean;
}

/**
 * A sheet handed over a row at a time, for one too big to hold as cells all at once: a
 * million-row CSV (src/file/csvRows.ts). row(i) is table[i]; each row is asked for once or twice.
 */
export interface RowSource {
  readonly rowCount: number;
  row(index: number): readonly CellValue[];
}

export type SheetReadResult = { ok: false; error: SheetProblem; headers: HeaderMap | null } | { ok: true; headerRow: number; headers: HeaderMap; hasDates: boolean; rows: SheetRow[] };

export function readSheet(table: CellTable | RowSource, options: SheetReadOptions = {}): SheetReadResult {
  const steps = readSheetSteps(table, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Rows read between two steps of readSheetSteps. */
const STEP_ROWS = 2048;

/**
 * readSheet one step at a time: it yields the rows read so far every couple of thousand rows, so
 * a caller in the task pane can let the page paint between steps; the result is the same.
 */
export function* readSheetSteps(table: CellTable | RowSource, options: SheetReadOptions = {}): Generator<number, SheetReadResult, void> {
  const firstRow = options.firstRow ?? 1;
  const source = isRowSource(table) ? table : null;
  const cellTable = source === null ? (table as CellTable) : leadingRows(source);
  const rowCount = source === null ? cellTable.length : source.rowCount;
  const headerIndex = findHeaderIndex(cellTable);
  if (headerIndex < 0) return { ok: false, error: { code: 'emptySheet' }, headers: null };
  const headerCells = cellTable[headerIndex];
  const headers = mapHeaders(headerCells, options.overrides);
  if (headers.columns.unitId === undefined) {
    return { ok: false, error: { code: 'missingUnitIdColumn', found: headers.found }, headers };
  }
  const reader = new RowReader(headers, headerCells, options.firstColumn ?? 0);
  const seen = new VacancyKeys();
  const rows: SheetRow[] = [];
  for (let i = headerIndex + 1; i < rowCount; i++) {
    if ((i - headerIndex) % STEP_ROWS === 0) yield i - headerIndex;
    const cells = source === null ? cellTable[i] : source.row(i);
    if (options.releaseRows && source === null) (table as CellValue[][])[i] = EMPTY_ROW;
    if (cells.every(isBlank)) continue;
    const row = reader.read(cells, firstRow + i);
    if (row.keyComplete) {
      const earlier = seen.earlierRow(row.result.unitId, row.vacantFrom ?? '', row.result.rowNumber);
      if (earlier !== undefined) {
        row.result.errors = [...row.result.errors, { code: 'duplicate', row: row.result.rowNumber, unitId: row.result.unitId, vacantFrom: row.vacantFrom, earlierRow: earlier }];
        row.result.vacancy = null;
      }
    }
    rows.push(row.result);
  }
  return { ok: true, headerRow: firstRow + headerIndex, headers, hasDates: headers.columns.vacantFrom !== undefined, rows };
}

function isRowSource(table: CellTable | RowSource): table is RowSource {
  return !Array.isArray(table);
}

/** The first rows of a source, as many as the header search can look at: it then finds the header it would find in the whole table. */
export function leadingRows(source: RowSource): CellTable {
  const rows: (readonly CellValue[])[] = [];
  for (let i = 0, seen = 0; i < source.rowCount && seen < HEADER_SEARCH_ROWS; i++) {
    const cells = source.row(i);
    rows.push(cells);
    if (!cells.every(isBlank)) seen++;
  }
  return rows;
}

/** A cell that cannot be read: what parseField gives instead of a value (a value is never one), so a good cell costs no object. */
class FieldError {
  constructor(readonly error: RowError) {}
}

/** Where each field's value is in RowReader.read's values. */
const AT = Object.fromEntries(FIELDS.map((f, i) => [f.key, i])) as Record<FieldKey, number>;

const NO_ERRORS: RowError[] = Object.freeze([]) as unknown as RowError[];
const EMPTY_ROW: CellValue[] = [];

/**
 * Which (Lejemål, Ledig fra) pairs were seen, and in which row: a hash table of its own, in typed
 * arrays. A Map of a million units cost 1.2 s here (its growing backing store is traced by every
 * collection); this one keeps only references to strings the rows hold anyway.
 */
class VacancyKeys {
  /** Slot → entry + 1 (0: empty); a power of two, at most half full. */
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(512);
  private readonly units: string[] = [];
  private readonly dates: string[] = [];
  private readonly rows: number[] = [];

  /** The earlier row with the same unit and date, or undefined (and then this row is remembered). */
  earlierRow(unitId: string, date: string, row: number): number | undefined {
    const hash = hashText(date, hashText(unitId, 0x811c9dc5));
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s] - 1;
      if (e < 0) break;
      if (this.hashes[e] === hash && this.units[e] === unitId && this.dates[e] === date) return this.rows[e];
    }
    const e = this.rows.length;
    if (e === this.hashes.length) {
      const grown = new Int32Array(e * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[e] = hash;
    this.units.push(unitId);
    this.dates.push(date);
    this.rows.push(row);
    if ((e + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(e);
    return undefined;
  }

  private place(e: number): void {
    const mask = this.slots.length - 1;
    let s = this.hashes[e] & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = e + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let e = 0; e < this.rows.length; e++) this.place(e);
  }
}

/** FNV-1a over the UTF-16 code units, continued from `hash`. */
function hashText(text: string, hash: number): number {
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  // Keeps "a" + "bc" apart from "ab" + "c".
  return Math.imul(hash ^ text.length, 0x01000193);
}

class RowReader {
  /** The recognised columns, worked out once for the whole sheet. */
  private readonly present: { field: FieldSpec; index: number; position: number }[];

  constructor(
    private readonly headers: HeaderMap,
    private readonly headerCells: readonly CellValue[],
    private readonly firstColumn: number,
  ) {
    this.present = FIELDS.flatMap((field, position) => (headers.columns[field.key] === undefined ? [] : [{ field, index: headers.columns[field.key]!, position }]));
  }

  read(cells: readonly CellValue[], row: number): { result: SheetRow; keyComplete: boolean; vacantFrom: string | null } {
    const errors: RowError[] = [];
    // By position in FIELDS: a keyed store by field name on a fresh object was a slow, megamorphic write a cell.
    const values: unknown[] = [];
    for (const { field, index, position } of this.present) {
      const parsed = parseField(field, cells[index], this, row, index);
      if (parsed instanceof FieldError) errors.push(parsed.error);
      else values[position] = parsed;
    }
    const unitIdValue = values[AT.unitId];
    const unitId = typeof unitIdValue === 'string' ? unitIdValue : cellText(cells[this.headers.columns.unitId!]).trim();
    if (unitId === '') errors.push({ code: 'emptyUnitId', at: this.place(row, this.headers.columns.unitId!) });
    const hasDates = this.headers.columns.vacantFrom !== undefined;
    const vacantFromValue = values[AT.vacantFrom];
    const vacantFrom = typeof vacantFromValue === 'string' ? vacantFromValue : null;
    const keyComplete = unitId !== '' && (!hasDates || vacantFrom !== null);
    const vacancy = errors.length === 0 ? toVacancy(unitId, values) : null;
    // Rows without errors share one empty list: a million sheets' worth of [] adds up.
    return { result: { rowNumber: row, unitId, vacancy, errors: errors.length === 0 ? NO_ERRORS : errors }, keyComplete, vacantFrom };
  }

  place(row: number, index: number): CellAt {
    return { row, column: this.firstColumn + index, header: cellText(this.headerCells[index]).trim() };
  }
}

/** Reads one cell; its place is made only when there is an error to report. */
function parseField(field: FieldSpec, cell: CellValue, reader: RowReader, row: number, index: number): unknown {
  const place = () => reader.place(row, index);
  // Read as empty it would decide as if the cell were empty; its value is simply not in the file.
  if (cell instanceof UncalculatedFormula) return new FieldError({ code: 'uncalculated', at: place(), formula: cell.toString() });
  const text = cellText(cell).trim();
  const blank = text === '';
  switch (field.kind) {
    case 'text':
      return blank ? null : text;
    case 'number': {
      if (blank) return null;
      const n = parseNumber(cell);
      if (n === undefined) return new FieldError({ code: isTooLarge(cell) ? 'tooLarge' : 'badNumber', at: place(), text });
      if (n < 0) return new FieldError({ code: 'negative', at: place(), text });
      // n === 0 holds for -0 too, which is then stored as 0.
      if (n === 0) return field.zeroAllowed ? 0 : new FieldError({ code: 'zero', at: place(), text });
      return n;
    }
    case 'date': {
      if (blank) return new FieldError({ code: 'emptyDate', at: place() });
      const d = parseDate(cell);
      return d === undefined ? new FieldError({ code: 'badDate', at: place(), text }) : d;
    }
    case 'housingType': {
      if (blank) return null;
      const t = parseHousingType(text);
      return t === undefined ? new FieldError({ code: 'badHousingType', at: place(), text }) : t;
    }
    case 'areaStatus': {
      if (blank) return '';
      const s = parseAreaStatus(text);
      return s === undefined ? new FieldError({ code: 'badAreaStatus', at: place(), text }) : s;
    }
    case 'lettingType': {
      if (blank) return 'ekstern';
      const l = parseLettingType(text);
      return l === undefined ? new FieldError({ code: 'badLettingType', at: place(), text }) : l;
    }
  }
}

function toVacancy(unitId: string, v: readonly unknown[]): Vacancy {
  const num = (at: number) => (typeof v[at] === 'number' ? (v[at] as number) : null);
  const str = (at: number) => (typeof v[at] === 'string' ? (v[at] as string) : null);
  const rent = num(AT.rent);
  const consumption = num(AT.consumption);
  // Husleje inkl. forbrug is rent + consumption when the sheet does not give it; a blank
  // consumption then counts as none, since the rent alone is all the sheet says it costs.
  // Rounded to øre so that 3.500,30 + 499,70 is exactly 4.000 and not 4.000,0000000000005.
  const rentInclConsumption = num(AT.rentInclConsumption) ?? (rent === null ? null : Math.round((rent + (consumption ?? 0)) * 100) / 100);
  return {
    unitId,
    organisation: str(AT.organisation),
    department: str(AT.department),
    address: str(AT.address),
    housingType: (v[AT.housingType] as Vacancy['housingType']) ?? null,
    rooms: num(AT.rooms),
    area: num(AT.area),
    rent,
    consumption,
    rentInclConsumption,
    vacantFrom: str(AT.vacantFrom),
    areaStatus: (v[AT.areaStatus] as Vacancy['areaStatus']) ?? '',
    lettingType: (v[AT.lettingType] as Vacancy['lettingType']) ?? 'ekstern',
    rentReduction: num(AT.rentReduction) ?? 0,
    // Given by the department register, when there is one (register/applyRegister.ts).
    departmentGroup: '',
  };
}
