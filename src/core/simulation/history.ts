import { SheetRow } from '../sheet/readSheet';
import { Vacancy } from '../types';
import { monthOf, yearOf } from './calendar';

/** The span of a vacancy history; the same for every variant, so years and months line up. */
export interface History {
  /** Valid vacancies (rows without errors). */
  vacancies: number;
  /** Rows with errors: decided by no variant. */
  errors: number;
  /** Valid vacancies without Ledig fra: counted in the totals, but in no year, queue or vacancy rent. */
  undated: number;
  firstMonth: string | null;
  lastMonth: string | null;
  /** Every calendar year from the first Ledig fra to the last, also a year without vacancies. */
  years: number[];
}

export function describeHistory(rows: readonly SheetRow[]): History {
  const valid = rows.map((r) => r.vacancy).filter((v): v is Vacancy => v !== null);
  const dates = valid
    .map((v) => v.vacantFrom)
    .filter((d): d is string => d !== null)
    .sort();
  const first = dates[0] ?? null;
  const last = dates[dates.length - 1] ?? null;
  const years: number[] = [];
  if (first !== null && last !== null) for (let y = yearOf(first); y <= yearOf(last); y++) years.push(y);
  return {
    vacancies: valid.length,
    errors: rows.length - valid.length,
    undated: valid.length - dates.length,
    firstMonth: first === null ? null : monthOf(first),
    lastMonth: last === null ? null : monthOf(last),
    years,
  };
}
