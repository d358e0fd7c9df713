import { HIGHLIGHT_MARKER, HighlightArea, rowHighlightFormula } from '../core/results';
import { a1 } from './a1';

const RED_FILL = '#FFC7CE';
const RED_TEXT = '#9C0006';

/**
 * Finds the add-in's earlier row-highlight rules on the area by their formula, deletes them, and
 * adds the new one; other rules on the user's cells stay. Range.conditionalFormats is "the
 * collection of ConditionalFormats that intersect the range" (ExcelApi 1.6,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-conditionalformats-member);
 * its items are read with their ids and each is found again by id. Its getCount is documented as
 * "the number of conditional formats in the workbook"
 * (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-getcount-member(1)),
 * not the range's, so it is not used.
 */
export async function highlightRowsIn(context: Excel.RequestContext, sheet: Excel.Worksheet, area: HighlightArea, rows: number[]): Promise<void> {
  const range = sheet.getRange(a1(area.firstRow, area.firstColumn, area.lastRow - area.firstRow + 1, area.lastColumn - area.firstColumn + 1));
  const formats = range.conditionalFormats;
  formats.load('items/id,items/type');
  await context.sync();
  const custom = formats.items.filter((f) => f.type === 'Custom').map((f) => formats.getItem(f.id));
  const rules = custom.map((f) => f.custom.rule);
  rules.forEach((r) => r.load('formula'));
  // Where each rule applies, so only the add-in's rules within the area go, whatever an Excel lists
  // (the self-test checks that it lists only those that intersect, as documented).
  const where = custom.map((f) => f.getRange().load('rowIndex,columnIndex,rowCount,columnCount'));
  if (rules.length > 0) await context.sync();
  custom.forEach((f, i) => {
    const w = where[i];
    const inside = w.rowIndex + 1 >= area.firstRow && w.rowIndex + w.rowCount <= area.lastRow && w.columnIndex >= area.firstColumn && w.columnIndex + w.columnCount - 1 <= area.lastColumn;
    if (inside && rules[i].formula.startsWith(HIGHLIGHT_MARKER)) f.delete();
  });
  if (rows.length > 0) {
    const format = range.conditionalFormats.add('Custom');
    format.custom.rule.formula = rowHighlightFormula(rows);
    format.custom.format.fill.color = RED_FILL;
    format.custom.format.font.color = RED_TEXT;
  }
  await context.sync();
}
