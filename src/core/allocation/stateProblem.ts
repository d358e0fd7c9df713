import type { IssueOf } from '../util/issue';

/** Each reason a saved state is refused, and what it names; nothing is decided then, and the state is left as it is. */
export interface StateProblemValues {
  notJson: object;
  /** Not a state of this product (no `format: anvisning-tilstand`). */
  foreign: object;
  /** `version`: as the file has it; undefined when it has none. */
  version: { version: unknown };
  otherAgreement: { stored: string; wanted: string };
  badField: { field: string };
  /** `entry`: the 1-based number of the ledger entry. */
  badEntry: { entry: number };
}

export type StateProblem = IssueOf<StateProblemValues>;
