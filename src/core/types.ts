import type { Field } from './sheet/fields';

/**
 * A formula cell saved without its computed value, as programs other than Excel write them: what it
 * holds is unknown until Excel recalculates the workbook. Shown as its formula.
 */
export class UncalculatedFormula {
  constructor(readonly formula: string) {}

  toString(): string {
    return `=${this.formula}`;
  }
}

/** A cell as any adapter hands it over: xlsx gives numbers, Dates, text and uncalculated formulas; CSV gives text. */
export type CellValue = string | number | boolean | Date | UncalculatedFormula | null | undefined;

/** Cells as read from a workbook: values[0][0] sits at (firstRow, firstColumn) of the sheet. */
export interface CellBlock {
  sheetName: string;
  /** 1-based sheet row of values[0]. */
  firstRow: number;
  /** 0-based sheet column of values[r][0]. */
  firstColumn: number;
  values: CellValue[][];
}

/** A rectangular-ish block of cells; index 0 is sheet row 1 unless an offset says otherwise. */
export type CellTable = readonly (readonly CellValue[])[];

export type HousingType = 'familie' | 'ungdom' | 'aeldre';
export type AreaStatus = '' | 'udsat' | 'forebyggelse' | 'omdannelse' | 'parallelsamfund';
export type LettingType = 'ekstern' | 'intern' | 'bytte';

/** What a column of each kind holds in a Vacancy. */
interface KindValue {
  text: string;
  number: number;
  date: string;
  housingType: HousingType;
  areaStatus: AreaStatus;
  lettingType: LettingType;
}

/**
 * One vacancy: a unit (unitId) vacant from a date. The fields are the sheet's columns of FIELDS
 * (sheet/fields.ts), named as the facts rules use; null where the cell is empty, except for the
 * columns that always have a value. Dates are ISO text (yyyy-mm-dd).
 */
export type Vacancy = {
  readonly [F in Field as F['key']]: F extends { always: true } ? KindValue[F['kind']] : KindValue[F['kind']] | null;
} & {
  /** The department's group in the department register (Gruppe); "" without one. */
  readonly departmentGroup: string;
};

/** The facts a rule may test: one per column, and the department's group. */
export type FactName = keyof Vacancy;

export type Outcome = 'municipality' | 'waitlist' | 'excluded' | 'error';

export interface Decision {
  /** Sheet row number, header row counted (the number Excel shows at the left). */
  row: number;
  unitId: string;
  outcome: Outcome;
  pool: string | null;
  position: number | null;
  rule: string | null;
  reason: string;
  /** The municipality's request the vacancy filled (a rule with the event `request`); else null. */
  request: string | null;
  /** For a pool counted per organisation or department: whose counter the position is in. */
  key: PoolKey | null;
}

/**
 * Whose counter a vacancy moves in a pool counted per organisation or per department: the text
 * as read, "" for an empty cell. `department` is null in a pool counted per organisation.
 */
export interface PoolKey {
  organisation: string;
  department: string | null;
}
