import type { ResultWrite } from '../core/results';
import type { ResultArea } from '../port/workbookPort';
import * as da from '../core/da';
import { a1 } from './a1';
import { columnLetter } from '../core/util';
import { LAST_ROW } from './limits';

const GREEN_FILL = '#C6EFCE';
const GREEN_TEXT = '#006100';

/**
 * Bold headers, and municipal rows highlighted by one conditional format on the result columns.
 * The formats on the add-in's own columns are cleared first, down to the last row so that a
 * longer earlier run's rule goes too; re-runs do not stack rules, and the user's columns are
 * never touched.
 */
export function formatResults(sheet: Excel.Worksheet, write: ResultWrite): void {
  const width = write.values[0].length;
  sheet.getRange(a1(write.headerRow, write.startColumn, 1, width)).format.font.bold = true;
  const firstDataRow = write.headerRow + 1;
  sheet.getRange(a1(firstDataRow, write.startColumn, LAST_ROW - write.headerRow, width)).conditionalFormats.clearAll();
  const dataRows = write.values.length - 1;
  if (dataRows === 0) return;
  const format = sheet.getRange(a1(firstDataRow, write.startColumn, dataRows, width)).conditionalFormats.add('Custom');
  format.custom.rule.formula = `=$${columnLetter(write.startColumn)}${firstDataRow}="${write.municipalityLabel.replace(/"/g, '""')}"`;
  format.custom.format.fill.color = GREEN_FILL;
  format.custom.format.font.color = GREEN_TEXT;
}

/**
 * Queues emptying the add-in's result block: values and formats of the five columns (Range.clear,
 * ExcelApi 1.1), and its conditional formats below the header down to the last row, as
 * formatResults clears them. Returns the rows, as a block writer does.
 */
export function clearResults(sheet: Excel.Worksheet, area: ResultArea): number {
  const width = da.resultColumns.length;
  sheet.getRange(a1(area.headerRow, area.startColumn, area.rowCount, width)).clear('All');
  sheet.getRange(a1(area.headerRow + 1, area.startColumn, LAST_ROW - area.headerRow, width)).conditionalFormats.clearAll();
  return area.rowCount;
}
