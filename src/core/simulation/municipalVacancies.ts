import { Agreement } from '../agreement/types';
import { allocate, RunInputs } from '../allocation/allocate';
import { SheetRow } from '../sheet/readSheet';
import { Vacancy } from '../types';

/**
 * The vacancies an agreement gives the municipality over a whole history, decided from an empty
 * state, in decision order (Ledig fra, ties in sheet order, undated last) – the order in which
 * the reduction pool is spent and the waiting list is served.
 */
export async function municipalVacancies(sheetRows: readonly SheetRow[], agreement: Agreement, inputs: RunInputs = {}): Promise<Vacancy[]> {
  // The rows as decided: with a register, their vacancies carry its group and area status.
  const { decisions, rows } = await allocate(sheetRows, agreement, null, undefined, undefined, inputs);
  return rows
    .map((row, i) => ({ vacancy: row.vacancy, i, outcome: decisions[i].outcome }))
    .filter((x): x is { vacancy: Vacancy; i: number; outcome: 'municipality' } => x.outcome === 'municipality' && x.vacancy !== null)
    .sort((a, b) => compareDates(a.vacancy.vacantFrom, b.vacancy.vacantFrom) || a.i - b.i)
    .map((x) => x.vacancy);
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
