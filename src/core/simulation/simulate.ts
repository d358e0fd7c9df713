import { usesRequests } from '../agreement/needs';
import { Agreement } from '../agreement/types';
import { DepartmentRegister } from '../register/types';
import { citizenRequests } from './citizenRequests';
import { SheetRow } from '../sheet/readSheet';
import { AssessedUnit, assessUnits } from './assess';
import { yearOf } from './calendar';
import { describeHistory, History } from './history';
import { municipalVacancies } from './municipalVacancies';
import { SimulationParams, withDefaults } from './params';
import { Spread, spreadOf } from './spread';
import { Tally, tally } from './tally';
import { runWaitingList, WaitingListResult } from './waitingList';

/** One calendar year's tally (without the count of unpriced units, which is told once per variant). */
export type YearFigures = { year: number } & Omit<Tally, 'unpricedUnits'>;

export interface VariantResult extends Tally, WaitingListResult {
  /** The agreement's id. */
  agreement: string;
  name: string;
  spread: Spread;
  perYear: YearFigures[];
}

export interface SimulationResult {
  variants: VariantResult[];
  params: SimulationParams;
  history: History;
}

/**
 * Runs each agreement over the whole history from an empty state and measures what the
 * municipality gets: how much, how affordable, at what vacancy rent, where, and how fast its
 * waiting list moves. Every variant sees the same rows and parameters.
 */
export async function simulate(
  rows: readonly SheetRow[],
  agreements: readonly Agreement[],
  params: Partial<SimulationParams> = {},
  /** Called before each variant; a returned promise (the pane letting the page paint) is waited for. */
  onProgress?: (done: number, total: number) => void | Promise<void>,
  /** The department register, for agreements that give shares by department group. */
  register: DepartmentRegister | null = null,
): Promise<SimulationResult> {
  const p = withDefaults(params);
  const history = describeHistory(rows);
  const variants: VariantResult[] = [];
  for (const [i, agreement] of agreements.entries()) {
    await onProgress?.(i, agreements.length);
    variants.push(await simulateOne(rows, agreement, p, history, register));
  }
  onProgress?.(agreements.length, agreements.length);
  return { variants, params: p, history };
}

export async function simulateOne(rows: readonly SheetRow[], agreement: Agreement, params: SimulationParams, history: History, register: DepartmentRegister | null = null): Promise<VariantResult> {
  // An agreement of requests meets the waiting citizens as its requests; other agreements need none.
  const requests = usesRequests(agreement) ? citizenRequests(history.firstMonth, history.lastMonth, params) : null;
  const municipal = await municipalVacancies(rows, agreement, { register, requests });
  const units = assessUnits(municipal, params);
  // The reduction pool only lifts the with-reduction count; who is served is judged without it,
  // as the pool is a negotiating option laid beside the agreement, not part of it.
  const offers = units.filter((u) => u.affordable && u.vacancy.vacantFrom !== null).map((u) => u.vacancy.vacantFrom!);
  return {
    agreement: agreement.id,
    name: agreement.name,
    ...tally(units),
    ...runWaitingList(offers, history.firstMonth, history.lastMonth, params),
    spread: spreadOf(municipal),
    perYear: history.years.map((year) =>
      yearFigures(
        year,
        units.filter((u) => u.vacancy.vacantFrom !== null && yearOf(u.vacancy.vacantFrom) === year),
      ),
    ),
  };
}

function yearFigures(year: number, units: readonly AssessedUnit[]): YearFigures {
  // Unpriced units are told once per variant, not per year.
  const { unpricedUnits: _unpriced, ...figures } = tally(units);
  return { year, ...figures };
}
