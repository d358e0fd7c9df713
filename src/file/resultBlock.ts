import type ExcelJS from 'exceljs';
import { columnLetter } from '../core/util';
import type { ResultWrite } from '../core/results';
import type { Slicer } from '../core/util';
import { parseRef } from './tableArea';

/** The width of Begrundelse, the column of sentences, where the sheet has not given it one. */
const REASON_WIDTH = 80;

/**
 * The one writer of the result block into an exceljs sheet, for the workbench's port and for the
 * command line's --output: the cells (text as text: exceljs stores a string as a text cell, never
 * as a formula, whatever it begins with), the bold header, and the municipal rows highlighted by
 * one conditional format of the add-in's own on the result columns, replacing its earlier ones.
 * With a slicer, the page gets a turn now and then.
 */
export async function writeResultBlock(sheet: ExcelJS.Worksheet, write: ResultWrite, pace?: { slicer: Slicer; onProgress?: (done: number, total: number) => void }): Promise<void> {
  for (let i = 0; i < write.values.length; i++) {
    write.values[i].forEach((v, c) => (sheet.getCell(write.headerRow + i, write.startColumn + c + 1).value = v));
    if (pace?.slicer.due()) {
      pace.onProgress?.(i, write.values.length);
      await pace.slicer.pause();
    }
  }
  const width = write.values[0].length;
  write.values[0].forEach((_, c) => (sheet.getCell(write.headerRow, write.startColumn + c + 1).font = { bold: true }));
  const reason = sheet.getColumn(write.startColumn + width);
  if (reason.width === undefined) reason.width = REASON_WIDTH;
  highlightMunicipal(sheet, write);
}

function highlightMunicipal(sheet: ExcelJS.Worksheet, write: ResultWrite): void {
  const first = columnLetter(write.startColumn);
  const last = columnLetter(write.startColumn + write.values[0].length - 1);
  const ref = `${first}${write.headerRow + 1}:${last}${write.headerRow + write.values.length - 1}`;
  dropOwnFormats(sheet, write.startColumn, write.values[0].length, write.headerRow);
  sheet.addConditionalFormatting({
    ref,
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [`$${first}${write.headerRow + 1}="${write.municipalityLabel}"`],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } }, font: { color: { argb: 'FF006100' } } },
      },
    ],
  });
}

/**
 * Removes the add-in's own conditional formats: rules inside its result columns below the header,
 * whatever rows an earlier run covered, so re-runs do not stack them. The user's formats stay.
 */
export function dropOwnFormats(sheet: ExcelJS.Worksheet, startColumn: number, width: number, headerRow: number): void {
  const own = (f: { ref: string }) => {
    const area = parseRef(f.ref);
    return area !== undefined && area.c1 >= startColumn && area.c2 < startColumn + width && area.r1 > headerRow;
  };
  const existing = (sheet as unknown as { conditionalFormattings?: { ref: string }[] }).conditionalFormattings ?? [];
  (sheet as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings = existing.filter((f) => !own(f));
}
