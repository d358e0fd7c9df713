import type ExcelJS from 'exceljs';
import { EXCEL_MAX_CELL_CHARS, fitExcelCell } from '../core/results';

/** A cell whose text was cut to fit Excel: where it is, and how long it was. */
export interface CutCell {
  sheet: string;
  address: string;
  length: number;
}

/**
 * Cuts every text past Excel's 32,767 characters in a workbook about to be written, in every sheet:
 * a CSV cell, a cell another program wrote into an xlsx, or a long rule name in a reason. The
 * input file keeps the whole text; the caller tells the user which cells were cut.
 */
export function fitWorkbookToExcel(workbook: ExcelJS.Workbook): CutCell[] {
  const cut: CutCell[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const length = textLength(cell.value);
        if (length <= EXCEL_MAX_CELL_CHARS) return;
        cell.value = fitExcelCell(plainText(cell.value));
        cut.push({ sheet: sheet.name, address: cell.address, length });
      }),
    );
  }
  return cut;
}

function textLength(value: ExcelJS.CellValue): number {
  if (typeof value === 'string') return value.length;
  if (value !== null && typeof value === 'object' && 'richText' in value) return value.richText.reduce((n, r) => n + r.text.length, 0);
  if (value !== null && typeof value === 'object' && 'text' in value && typeof value.text === 'string') return value.text.length;
  return 0;
}

function plainText(value: ExcelJS.CellValue): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  return String((value as { text: string }).text);
}
