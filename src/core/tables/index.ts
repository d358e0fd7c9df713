/** The public entry of core/tables: what the rest of the product may use of it. */
export { TABLE_STYLE } from './excelTable';
export type { ExcelTableSpec } from './excelTable';
export type { TableProblem } from './sideTable';
