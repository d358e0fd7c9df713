import type { CellBlock } from '../../types';

export type { CellBlock } from '../../types';

/**
 * What a workbook holds of an agreement sheet: the tables Aftale, Puljer and Regler where they
 * exist (header row first), and the sheet "Aftale" as a whole, for blocks typed without tables.
 */
export interface AgreementSheetCells {
  tables: Partial<Record<string, CellBlock>>;
  /** The used range of the sheet "Aftale"; null when the workbook has no such sheet. */
  sheet: CellBlock | null;
}
