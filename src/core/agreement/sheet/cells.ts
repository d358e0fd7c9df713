import type { RangeSnapshot } from '../../results/resultPlan';

/** Cells as read from a workbook: values[0][0] sits at (firstRow, firstColumn) of the sheet. */
export type CellBlock = Omit<RangeSnapshot, 'tableName'>;

/**
 * What a workbook holds of an agreement sheet: the tables Aftale, Puljer and Regler where they
 * exist (header row first), and the sheet "Aftale" as a whole, for blocks typed without tables.
 */
export interface AgreementSheetCells {
  tables: Partial<Record<string, CellBlock>>;
  /** The used range of the sheet "Aftale"; null when the workbook has no such sheet. */
  sheet: CellBlock | null;
}
