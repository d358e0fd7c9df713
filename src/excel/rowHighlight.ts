import { HIGHLIGHT_MARKER, HighlightArea, rowHighlightFormula } from '../core/results/rowHighlight';
import { a1 } from './a1';

const RED_FILL = '#FFC7CE';
const RED_TEXT = '#9C0006';

/**
 * Finds the add-in's earlier row-highlight rules on the area by their formula, deletes them, and
 * adds the new one; other rules on the user's cells stay. ExcelApi 1.6 (getCount, getItemAt).
 */
export async function highlightRowsIn(context: Excel.RequestContext, sheet: Excel.Worksheet, area: HighlightArea, rows: number[]): Promise<void> {
  const range = sheet.getRange(a1(area.firstRow, area.firstColumn, area.lastRow - area.firstRow + 1, area.lastColumn - area.firstColumn + 1));
  const count = range.conditionalFormats.getCount();
  await context.sync();
  const formats = Array.from({ length: count.value }, (_, i) => range.conditionalFormats.getItemAt(i));
  formats.forEach((f) => f.load('type'));
  await context.sync();
  const custom = formats.filter((f) => f.type === 'Custom');
  const rules = custom.map((f) => f.custom.rule);
  rules.forEach((r) => r.load('formula'));
  await context.sync();
  custom.forEach((f, i) => {
    if (rules[i].formula.startsWith(HIGHLIGHT_MARKER)) f.delete();
  });
  if (rows.length > 0) {
    const format = range.conditionalFormats.add('Custom');
    format.custom.rule.formula = rowHighlightFormula(rows);
    format.custom.format.fill.color = RED_FILL;
    format.custom.format.font.color = RED_TEXT;
  }
  await context.sync();
}
