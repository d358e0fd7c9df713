import { decisionOrder } from '../allocation/allocate';
import { applyRegister } from '../register/applyRegister';
import { DepartmentRegister } from '../register/types';
import { SheetRow } from '../sheet/readSheet';
import { isAffordable } from './affordability';
import { daysUntilAnswer, yearOf } from './calendar';
import { REDUCTION, SimulationParams } from './params';
import { isEligible } from './reductionPool';
import { vacancyRentOre } from './vacancyRent';

/**
 * A history read once for every variant: what a vacancy is to the negotiator's questions does not
 * depend on the agreement, only on the rows and the parameters. Indexed by row; meaningless for
 * rows with errors.
 */
export interface PreparedRows {
  /** The rows as decided: with a register, their vacancies carry its group and area status. */
  rows: readonly SheetRow[];
  /** The valid rows in decision order (Ledig fra, ties in sheet order, undated last). */
  order: readonly number[];
  /** The parameters the figures below were worked out with. */
  params: SimulationParams;
  affordable: Uint8Array;
  /** Affordable with a grant from the reduction pool. */
  affordableWithReduction: Uint8Array;
  /** In the reduction pool's rent band. */
  eligible: Uint8Array;
  /** The vacancy rent in øre of a unit that is not affordable; null when affordable or unpriced. */
  vacancyRentOre: (number | null)[];
  /** The calendar year of Ledig fra; 0 when undated. */
  year: Int32Array;
}

export function prepareRows(sheetRows: readonly SheetRow[], params: SimulationParams, register: DepartmentRegister | null = null): PreparedRows {
  const rows = register ? applyRegister(sheetRows, register).rows : sheetRows;
  const n = rows.length;
  const affordable = new Uint8Array(n);
  const affordableWithReduction = new Uint8Array(n);
  const eligible = new Uint8Array(n);
  const rentOre: (number | null)[] = new Array<number | null>(n).fill(null);
  const year = new Int32Array(n);
  // A history has a few thousand distinct dates: the answer time is counted once for each.
  const days = new Map<string, number>();
  const daysUntil = (from: string, workingDays: number): number => {
    let d = days.get(from);
    if (d === undefined) days.set(from, (d = daysUntilAnswer(from, workingDays)));
    return d;
  };
  for (let i = 0; i < n; i++) {
    const v = rows[i].vacancy;
    if (v === null) continue;
    const a = isAffordable(v, params.affordable);
    affordable[i] = a ? 1 : 0;
    affordableWithReduction[i] = isAffordable(v, params.affordable, REDUCTION.perMonth) ? 1 : 0;
    eligible[i] = isEligible(v) ? 1 : 0;
    if (!a) rentOre[i] = vacancyRentOre(v, params.answerDays, daysUntil);
    if (v.vacantFrom !== null) year[i] = yearOf(v.vacantFrom);
  }
  return { rows, order: decisionOrder(rows), params, affordable, affordableWithReduction, eligible, vacancyRentOre: rentOre, year };
}
