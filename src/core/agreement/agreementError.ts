import type { IssueOf } from '../util/issue';
import type { GrammarProblem } from './grammar/grammarProblem';

type None = Record<string, never>;

/**
 * Each kind of agreement error, and the values it names. The JSON checks come first; after them
 * the agreement sheet's own (a cell that cannot be read as what its column holds).
 */
export interface AgreementErrorValues {
  /** `jsonError`: jsonc-parser's code of the first fault, null when it names none. */
  invalidJson: { jsonError: number | null; line?: number; column?: number };
  notAnObject: None;
  tooLarge: { characters: number; limit: number };
  tooDeep: { limit: number; line?: number; column?: number };
  required: { field: string };
  unknownField: { field: string; suggestion: string | null };
  type: { types: string[] };
  enum: { allowed: unknown[] };
  minimum: { limit: number };
  maximum: { limit: number };
  empty: None;
  pattern: { field: string };
  invalid: None;
  pathNotAllowed: None;
  rootCondition: None;
  unknownFact: { fact: string; suggestion: string | null };
  unknownOperator: { operator: string; suggestion: string | null };
  conditionCycle: { names: string[] };
  unknownCondition: { name: string };
  factValueShape: None;
  needsList: { operator: string };
  needsNumber: { operator: string; value: unknown };
  textNotNumber: { fact: string; value: unknown };
  unknownLabel: { fact: string; value: unknown; allowed: string[]; suggestion: string | null };
  unknownPool: { pool: string; known: string[]; suggestion: string | null };
  duplicatePool: { pool: string; firstIndex: number };
  poolNeedsRule: None;
  poolBothRules: None;
  phaseWithoutEvery: None;
  phaseTooLarge: { phase: number; every: number };
  badShare: None;
  zeroDenominator: { share: string };
  // ---- the agreement sheet ----
  noSheet: None;
  noRules: None;
  /** `table`: the table's name as the sheet calls it; `column`: the header it lacks. */
  missingColumn: { table: string; column: string };
  unknownColumn: { table: string; header: string; suggestion: string | null; known: string[] };
  duplicateColumn: { header: string };
  dataWithoutHeader: None;
  unknownSheetField: { field: string; suggestion: string | null; known: string[] };
  duplicateField: { field: string };
  badDefaultOutcome: { text: string };
  badSheetDate: { text: string };
  poolNameMissing: None;
  notWholeNumber: { header: string; text: string };
  badPer: { text: string };
  /** A rule's cell the value grammar cannot read; `header`: its column as written. */
  badCondition: { fact: string; header: string; problem: GrammarProblem };
  missingOutcome: None;
  badOutcome: { text: string };
  poolNotUsed: { outcome: string; pool: string };
  missingPool: None;
  /** Betingelse (JSON) is no JSON; `error`: what reading it as JSON said. */
  badJson: { text: string; error: AgreementError };
  extraNotCondition: { text: string };
  // ---- the agreement a workbook carries ----
  /** `reason`: why the workbook's settings could not be read, as the pane tells Excel's errors. */
  storedUnreadable: { reason: string };
  storedDamaged: None;
}

export type AgreementErrorCode = keyof AgreementErrorValues;

type Wrapped = { [C in AgreementErrorCode]: { values: AgreementErrorValues[C] } };
export type AgreementIssueValues = Wrapped;

/** What is wrong, as data: the code and the values it names (da/agreement.ts says it in Danish). */
export type AgreementIssue = IssueOf<Wrapped>;

/** A place in a workbook: the sheet, its 1-based row and 0-based column (as the port counts them). */
export interface CellPlace {
  sheet: string;
  row: number;
  column: number;
}

/**
 * Why an agreement cannot be used, as data. `where` is the place as a reader sees it: "linje 3,
 * kolonne 7", a JSON path such as rules[2].event.params.pool, or a cell of the agreement sheet
 * such as Regler!D5 (then `cell` says where to select it, and `inner` is the path inside that
 * cell's Betingelse (JSON) when the error is there).
 */
export type AgreementError = AgreementIssue & {
  where: string;
  /** The JSON path, for an error found in the JSON. */
  path?: (string | number)[];
  cell?: CellPlace;
  inner?: (string | number)[];
};
