import type { CellValue as ExcelValue } from 'exceljs';
import { CellValue } from '../core';

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
