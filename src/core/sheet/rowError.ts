import type { IssueOf } from '../util/issue';

/** The cell an error is on: the row Excel shows, the 0-based sheet column, and its header as written. */
export interface CellAt {
  row: number;
  column: number;
  header: string;
}

/** Each kind of row error of a vacancy sheet, and what it names (`text`: the cell as written). */
export interface RowErrorValues {
  emptyUnitId: { at: CellAt };
  emptyDate: { at: CellAt };
  badDate: { at: CellAt; text: string };
  badNumber: { at: CellAt; text: string };
  uncalculated: { at: CellAt; formula: string };
  tooLarge: { at: CellAt; text: string };
  negative: { at: CellAt; text: string };
  zero: { at: CellAt; text: string };
  badHousingType: { at: CellAt; text: string };
  badAreaStatus: { at: CellAt; text: string };
  badLettingType: { at: CellAt; text: string };
  duplicate: { row: number; unitId: string; vacantFrom: string | null; earlierRow: number };
  /** The lettings log of a quota check (core/check): Udlejet til, Tilbudt kommunen, Kommunens svar. */
  badLetTo: { at: CellAt; text: string };
  badOfferDate: { at: CellAt; text: string };
  badAnswer: { at: CellAt; text: string };
}

export type RowErrorCode = keyof RowErrorValues;

/** Why a row cannot be decided (da/sheet.ts says it in Danish). */
export type RowError = IssueOf<RowErrorValues>;

/** Why a whole sheet cannot be read: nothing is decided. */
export interface SheetProblemValues {
  emptySheet: object;
  /** `found`: the headers the header row has. */
  missingUnitIdColumn: { found: string[] };
}

export type SheetProblem = IssueOf<SheetProblemValues>;
