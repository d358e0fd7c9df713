import type { IssueOf } from '../util/issue';

/** Which table beside the vacancies a problem is in. */
export type SideTableKind = 'register' | 'requests';

/** A problem on a cell: its sheet row (as Excel shows it), 0-based sheet column, and header as written. */
interface OnCell<V> {
  row: number;
  column: number;
  header: string;
  values: V;
}

/** A problem of the whole table (no cell to point at). */
interface OnTable<V> {
  row: number | null;
  column: null;
  header: null;
  values: V;
}

type Text = { text: string };

/** Each kind of problem in the register or the requests, where it is and what it names. */
export interface TableProblemValues {
  emptyTable: OnTable<{ table: SideTableKind }>;
  /** `column`: the Danish name of the key column the table lacks; `found`: the headers it has. */
  missingColumn: OnTable<{ table: SideTableKind; column: string; found: string[] }>;
  /** The requests lack Oprettet (their key column, Forespørgsel, is there). */
  missingCreated: OnTable<{ column: string }>;
  uncalculated: OnCell<{ formula: string }>;
  emptyDepartment: OnCell<object>;
  emptyOrganisation: OnCell<object>;
  duplicateDepartment: OnCell<{ department: string; organisation: string | null; earlierRow: number }>;
  badAreaStatus: OnCell<Text>;
  emptyId: OnCell<object>;
  duplicateRequest: OnCell<{ request: string; earlierRow: number }>;
  emptyDate: OnCell<object>;
  badDate: OnCell<Text>;
  expiresBeforeCreated: OnCell<{ created: string; expires: string }>;
  badNumber: OnCell<Text>;
  tooLarge: OnCell<Text>;
  notWhole: OnCell<Text>;
  roomsReversed: OnCell<{ minRooms: number; maxRooms: number }>;
  badHousingType: OnCell<Text>;
  badDepartments: OnCell<Text>;
}

export type TableProblemCode = keyof TableProblemValues;

/** The codes of a problem on one cell. */
export type CellProblemCode = { [C in TableProblemCode]: TableProblemValues[C] extends OnCell<unknown> ? C : never }[TableProblemCode];

/** A problem in the register or the requests, as data; da/tables.ts says it in Danish. */
export type TableProblem = IssueOf<TableProblemValues>;
