import type { CellValueOf } from './cellCondition';

/** Why a cell is not in the value grammar, as data; da.grammar.problem makes the sentence. */
export type GrammarProblem =
  | { code: 'badNumber' | 'badDate' | 'comparisonOnText' | 'rangeOnText' | 'dateInCell' | 'emptyNegation'; text: string }
  | { code: 'notWhole'; text: string; suggestion: string | null }
  | { code: 'unknownLabel'; text: string; allowed: string[]; suggestion: string | null }
  | { code: 'rangeReversed'; text: string; min: CellValueOf; max: CellValueOf }
  | { code: 'unknownFact'; text: string };
