import { usesRequests } from '../agreement/needs';
import { Agreement } from '../agreement/types';
import { DepartmentRegister } from '../register/types';
import { citizenRequests } from './citizenRequests';
import { SheetRow } from '../sheet/readSheet';
import { describeHistory, History } from './history';
import { municipalRows } from '../allocation/allocate';
import { Vacancy } from '../types';
import { prepareRows, PreparedRows } from './prepared';
import { SimulationParams, withDefaults } from './params';
import { Spread, spreadOf } from './spread';
import { countUnit, emptyCounts, Tally, TallyCounts, tallyOf } from './tally';
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
  // Read once, shared by every variant.
  const prepared = prepareRows(rows, p, register);
  const variants: VariantResult[] = [];
  for (const [i, agreement] of agreements.entries()) {
    await onProgress?.(i, agreements.length);
    variants.push(await simulateOne(rows, agreement, p, history, register, prepared));
  }
  onProgress?.(agreements.length, agreements.length);
  return { variants, params: p, history };
}

export async function simulateOne(
  rows: readonly SheetRow[],
  agreement: Agreement,
  params: SimulationParams,
  history: History,
  register: DepartmentRegister | null = null,
  /** prepareRows(rows, params, register), when several variants run over the same rows. */
  prepared: PreparedRows = prepareRows(rows, params, register),
): Promise<VariantResult> {
  // An agreement of requests meets the waiting citizens as its requests; other agreements need none.
  const requests = usesRequests(agreement) ? citizenRequests(history.firstMonth, history.lastMonth, params) : null;
  const municipal = await municipalRows(prepared.rows, prepared.order, agreement, requests);
  const vacancies: Vacancy[] = new Array<Vacancy>(municipal.length);
  // The reduction pool only lifts the with-reduction count; who is served is judged without it,
  // as the pool is a negotiating option laid beside the agreement, not part of it.
  const offers: string[] = [];
  const total = emptyCounts();
  const firstYear = history.years[0] ?? 0;
  const years: TallyCounts[] = history.years.map(emptyCounts);
  // The pool is spent in decision order: the first units in its rent band get a grant.
  let grantsLeft = params.reductionUnits;
  for (let k = 0; k < municipal.length; k++) {
    const i = municipal[k];
    const vacancy = prepared.rows[i].vacancy!;
    vacancies[k] = vacancy;
    const affordable = prepared.affordable[i] === 1;
    const reduced = grantsLeft > 0 && prepared.eligible[i] === 1;
    if (reduced) grantsLeft--;
    const withReduction = reduced ? prepared.affordableWithReduction[i] === 1 : affordable;
    const rentOre = affordable ? null : prepared.vacancyRentOre[i];
    countUnit(total, affordable, withReduction, reduced, rentOre);
    if (vacancy.vacantFrom === null) continue;
    const year = years[prepared.year[i] - firstYear];
    if (year !== undefined) countUnit(year, affordable, withReduction, reduced, rentOre);
    if (affordable) offers.push(vacancy.vacantFrom);
  }
  return {
    agreement: agreement.id,
    name: agreement.name,
    ...tallyOf(total),
    ...runWaitingList(offers, history.firstMonth, history.lastMonth, params),
    spread: spreadOf(vacancies),
    perYear: history.years.map((year, y) => yearFigures(year, years[y])),
  };
}

function yearFigures(year: number, counts: TallyCounts): YearFigures {
  // Unpriced units are told once per variant, not per year.
  const { unpricedUnits: _unpriced, ...figures } = tallyOf(counts);
  return { year, ...figures };
}
