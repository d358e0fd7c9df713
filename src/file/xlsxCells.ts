import type { Cell, CellValue as ExcelValue } from 'exceljs';
import { CellValue, UncalculatedFormula } from '../core';

/** exceljs' many cell shapes (rich text, formulas, hyperlinks, errors) → the plain values the core reads. */
export function fromExcel(value: ExcelValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return fromExcel(value.result as ExcelValue);
    if ('formula' in value || 'sharedFormula' in value) return null;
    if ('text' in value) return fromExcel(value.text as ExcelValue);
    if ('error' in value) return String(value.error);
  }
  return null;
}

/** exceljs' ValueType.Formula. */
const FORMULA = 6;

/**
 * One cell of a workbook read from a file. A formula cell is its saved result, read from the cell
 * itself (`cell.value` drops a result of 0, false or ""), or, when the file holds none, an
 * UncalculatedFormula: never an empty cell that would be decided as if it were empty.
 * Needs keepEmptyFormulaResults() installed before the file was loaded.
 */
export function fromExcelCell(cell: Cell): CellValue {
  if (cell.type !== FORMULA) return fromExcel(cell.value);
  const result = cell.result as ExcelValue | undefined;
  return result === undefined ? new UncalculatedFormula(cell.formula ?? '') : fromExcel(result);
}
