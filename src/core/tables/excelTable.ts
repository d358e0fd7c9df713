import type { ReportCell } from '../results/resultCells';

/** The look of every Excel table the product makes, in Excel and in files alike. */
export const TABLE_STYLE = 'TableStyleMedium2';

/**
 * An Excel table to make: what both adapters' one table builder (src/excel/excelTable.ts,
 * src/file/excelTable.ts) is given, whoever asks (reports, the agreement sheet, the command line's
 * workbooks). Rows are 1-based sheet rows, columns 0-based.
 */
export interface ExcelTableSpec {
  /** The table's name; without one the host names it. */
  name?: string;
  headerRow: number;
  firstColumn?: number;
  headers: readonly string[];
  rows: readonly (readonly ReportCell[])[];
  /** Filter buttons in the header row (default on). */
  filterButton?: boolean;
}
