/** The public entry of core/results: what the rest of the product may use of it. */
export { withResultsWritten } from './afterWrite';
export { EXCEL_MAX_CELL_CHARS, EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, fitExcelCell } from './excelLimits';
export { textFingerprint } from './fingerprint';
export { offerList } from './offerList';
export { layoutReport, reportFingerprint } from './report';
export type { ChartSpec, ReportKind, ReportLayout, ReportSheet, ReportTable, TableArea } from './report';
export { DANISH_DATE_FORMAT, isDateCell, reportCellText, resultCells } from './resultCells';
export type { ReportCell, ResultCell } from './resultCells';
export { planResultWrite, stillOwnWrite } from './resultPlan';
export type { RefusedBlock, ResultFingerprint, ResultWrite } from './resultPlan';
export { HIGHLIGHT_MARKER, rowHighlightFormula } from './rowHighlight';
export type { HighlightArea } from './rowHighlight';
export { sameName, uniqueSheetName } from './sheetName';
export { blockPrints } from './undoBlocks';
export { readUserSheet, readUserSheetSteps } from './userSheet';
export { withoutResultColumns } from './stripResults';
