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

/** A rectangular-ish block of cells; index 0 is sheet row 1 unless an offset says otherwise. */
export type CellTable = readonly (readonly CellValue[])[];

export type HousingType = 'familie' | 'ungdom' | 'aeldre';
export type AreaStatus = '' | 'udsat' | 'forebyggelse' | 'omdannelse' | 'parallelsamfund';
export type LettingType = 'ekstern' | 'intern' | 'bytte';

/** One vacancy: a unit (unitId) vacant from a date. Field names are the fact names rules use. */
export interface Vacancy {
  unitId: string;
  organisation: string | null;
  department: string | null;
  address: string | null;
  housingType: HousingType | null;
  rooms: number | null;
  area: number | null;
  rent: number | null;
  consumption: number | null;
  rentInclConsumption: number | null;
  vacantFrom: string | null;
  areaStatus: AreaStatus;
  lettingType: LettingType;
  rentReduction: number;
  /** The department's group in the department register (Gruppe); "" without one. */
  departmentGroup: string;
}

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
