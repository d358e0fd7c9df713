import { CellTable, CellValue, UncalculatedFormula, Vacancy } from '../types';
import { cellText, isBlank } from './cellText';
import { parseDate } from './dates';
import { FieldKey, FieldSpec, FIELDS } from './fields';
import { findHeaderIndex, HeaderMap, mapHeaders } from './headers';
import { parseAreaStatus, parseHousingType, parseLettingType } from './labels';
import { isTooLarge, parseNumber } from './numbers';
import { CellAt, RowError, SheetProblem } from './rowError';

export interface SheetRow {
  /** Sheet row number, header row counted. */
  row: number;
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

export type SheetReadResult =
  | { ok: false; error: SheetProblem; headers: HeaderMap | null }
  | { ok: true; headerRow: number; headers: HeaderMap; hasDates: boolean; rows: SheetRow[] };

export function readSheet(table: CellTable, options: SheetReadOptions = {}): SheetReadResult {
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
export function* readSheetSteps(table: CellTable, options: SheetReadOptions = {}): Generator<number, SheetReadResult, void> {
  const firstRow = options.firstRow ?? 1;
  const headerIndex = findHeaderIndex(table);
  if (headerIndex < 0) return { ok: false, error: { code: 'emptySheet' }, headers: null };
  const headers = mapHeaders(table[headerIndex], options.overrides);
  if (headers.columns.unitId === undefined) {
    return { ok: false, error: { code: 'missingUnitIdColumn', found: headers.found }, headers };
  }
  const reader = new RowReader(headers, table[headerIndex], options.firstColumn ?? 0);
  const seen = new VacancyKeys();
  const rows: SheetRow[] = [];
  for (let i = headerIndex + 1; i < table.length; i++) {
    if ((i - headerIndex) % STEP_ROWS === 0) yield i - headerIndex;
    const cells = table[i];
    if (options.releaseRows) (table as CellValue[][])[i] = EMPTY_ROW;
    if (cells.every(isBlank)) continue;
    const row = reader.read(cells, firstRow + i);
    if (row.keyComplete) {
      const earlier = seen.earlierRow(row.result.unitId, row.vacantFrom ?? '', row.result.row);
      if (earlier !== undefined) {
        row.result.errors = [...row.result.errors, { code: 'duplicate', row: row.result.row, unitId: row.result.unitId, vacantFrom: row.vacantFrom, earlierRow: earlier }];
        row.result.vacancy = null;
      }
    }
    rows.push(row.result);
  }
  return { ok: true, headerRow: firstRow + headerIndex, headers, hasDates: headers.columns.vacantFrom !== undefined, rows };
}

type Parsed = { value: unknown } | { error: RowError };

const NO_ERRORS: RowError[] = Object.freeze([]) as unknown as RowError[];
const EMPTY_ROW: CellValue[] = [];

/**
 * Which (Lejemål, Ledig fra) pairs were seen, and in which row. Keyed by the unit's own string, so
 * a million unique units cost no new key strings; a unit seen with several dates gets a small map.
 */
class VacancyKeys {
  /** unit → index into dates/rows of its first appearance: no object per unit. */
  private readonly first = new Map<string, number>();
  private readonly dates: string[] = [];
  private readonly rows: number[] = [];
  private readonly more = new Map<string, Map<string, number>>();

  /** The earlier row with the same unit and date, or undefined (and then this row is remembered). */
  earlierRow(unitId: string, date: string, row: number): number | undefined {
    const k = this.first.get(unitId);
    if (k === undefined) {
      this.first.set(unitId, this.rows.length);
      this.dates.push(date);
      this.rows.push(row);
      return undefined;
    }
    if (this.dates[k] === date) return this.rows[k];
    const dates = this.more.get(unitId) ?? this.more.set(unitId, new Map()).get(unitId)!;
    const earlier = dates.get(date);
    if (earlier === undefined) dates.set(date, row);
    return earlier;
  }
}

class RowReader {
  /** The recognised columns, worked out once for the whole sheet. */
  private readonly present: { field: FieldSpec & { key: FieldKey }; index: number }[];

  constructor(
    private readonly headers: HeaderMap,
    private readonly headerCells: readonly CellValue[],
    private readonly firstColumn: number,
  ) {
    this.present = FIELDS.filter((f) => headers.columns[f.key] !== undefined).map((field) => ({ field, index: headers.columns[field.key]! }));
  }

  read(cells: readonly CellValue[], row: number): { result: SheetRow; keyComplete: boolean; vacantFrom: string | null } {
    const errors: RowError[] = [];
    const values: Partial<Record<FieldKey, unknown>> = {};
    for (const { field, index } of this.present) {
      const parsed = parseField(field, cells[index], this, row, index);
      if ('error' in parsed) errors.push(parsed.error);
      else values[field.key] = parsed.value;
    }
    const unitId = typeof values.unitId === 'string' ? values.unitId : cellText(cells[this.headers.columns.unitId!]).trim();
    if (unitId === '') errors.push({ code: 'emptyUnitId', at: this.place(row, this.headers.columns.unitId!) });
    const hasDates = this.headers.columns.vacantFrom !== undefined;
    const vacantFrom = typeof values.vacantFrom === 'string' ? values.vacantFrom : null;
    const keyComplete = unitId !== '' && (!hasDates || vacantFrom !== null);
    const vacancy = errors.length === 0 ? toVacancy(unitId, values) : null;
    // Rows without errors share one empty list: a million sheets' worth of [] adds up.
    return { result: { row, unitId, vacancy, errors: errors.length === 0 ? NO_ERRORS : errors }, keyComplete, vacantFrom };
  }

  place(row: number, index: number): CellAt {
    return { row, column: this.firstColumn + index, header: cellText(this.headerCells[index]).trim() };
  }
}

/** Reads one cell; its place is made only when there is an error to report. */
function parseField(field: FieldSpec, cell: CellValue, reader: RowReader, row: number, index: number): Parsed {
  const place = () => reader.place(row, index);
  // Read as empty it would decide as if the cell were empty; its value is simply not in the file.
  if (cell instanceof UncalculatedFormula) return { error: { code: 'uncalculated', at: place(), formula: cell.toString() } };
  const text = cellText(cell).trim();
  const blank = text === '';
  switch (field.kind) {
    case 'text':
      return { value: blank ? null : text };
    case 'number': {
      if (blank) return { value: null };
      const n = parseNumber(cell);
      if (n === undefined) return { error: { code: isTooLarge(cell) ? 'tooLarge' : 'badNumber', at: place(), text } };
      if (n < 0) return { error: { code: 'negative', at: place(), text } };
      // n === 0 holds for -0 too, which is then stored as 0.
      if (n === 0) return field.zeroAllowed ? { value: 0 } : { error: { code: 'zero', at: place(), text } };
      return { value: n };
    }
    case 'date': {
      if (blank) return { error: { code: 'emptyDate', at: place() } };
      const d = parseDate(cell);
      return d === undefined ? { error: { code: 'badDate', at: place(), text } } : { value: d };
    }
    case 'housingType': {
      if (blank) return { value: null };
      const t = parseHousingType(text);
      return t === undefined ? { error: { code: 'badHousingType', at: place(), text } } : { value: t };
    }
    case 'areaStatus': {
      if (blank) return { value: '' };
      const s = parseAreaStatus(text);
      return s === undefined ? { error: { code: 'badAreaStatus', at: place(), text } } : { value: s };
    }
    case 'lettingType': {
      if (blank) return { value: 'ekstern' };
      const l = parseLettingType(text);
      return l === undefined ? { error: { code: 'badLettingType', at: place(), text } } : { value: l };
    }
  }
}

function toVacancy(unitId: string, v: Partial<Record<FieldKey, unknown>>): Vacancy {
  const num = (k: FieldKey) => (typeof v[k] === 'number' ? (v[k] as number) : null);
  const str = (k: FieldKey) => (typeof v[k] === 'string' ? (v[k] as string) : null);
  const rent = num('rent');
  const consumption = num('consumption');
  // Husleje inkl. forbrug is rent + consumption when the sheet does not give it; a blank
  // consumption then counts as none, since the rent alone is all the sheet says it costs.
  // Rounded to øre so that 3.500,30 + 499,70 is exactly 4.000 and not 4.000,0000000000005.
  const rentInclConsumption = num('rentInclConsumption') ?? (rent === null ? null : Math.round((rent + (consumption ?? 0)) * 100) / 100);
  return {
    unitId,
    organisation: str('organisation'),
    department: str('department'),
    address: str('address'),
    housingType: (v.housingType as Vacancy['housingType']) ?? null,
    rooms: num('rooms'),
    area: num('area'),
    rent,
    consumption,
    rentInclConsumption,
    vacantFrom: str('vacantFrom'),
    areaStatus: (v.areaStatus as Vacancy['areaStatus']) ?? '',
    lettingType: (v.lettingType as Vacancy['lettingType']) ?? 'ekstern',
    rentReduction: num('rentReduction') ?? 0,
    // Given by the department register, when there is one (register/applyRegister.ts).
    departmentGroup: '',
  };
}
