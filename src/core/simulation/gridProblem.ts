import type { IssueOf } from '../util/issue';

/** Each reason a sweep's grid cannot be run for an agreement; `key` names a dimension as the command line writes it. */
export interface GridProblemValues {
  noDimensions: object;
  tooManyDimensions: { dimensions: number; max: number };
  repeatedDimension: { key: string };
  tooManyVariants: { variants: number; max: number };
  noValues: { key: string };
  unknownPool: { pool: string; known: string[] };
  poolNotEvery: { pool: string };
  badEvery: { value: number };
  noThreshold: { fact: string; value: number };
}

export type GridProblem = IssueOf<GridProblemValues>;
