/** The most rows one highlight rule names; keeps the formula well under Excel's 8,192 characters. */
export const MAX_HIGHLIGHTED_ROWS = 1000;

/** How the add-in's own row-highlight rules begin, so they can be found and replaced later. */
export const HIGHLIGHT_MARKER = '=ISNUMBER(MATCH(ROW(),{';

/** A conditional-format formula true on the given sheet rows, e.g. =ISNUMBER(MATCH(ROW(),{5,9},0)). */
export function rowHighlightFormula(rows: readonly number[]): string {
  return `${HIGHLIGHT_MARKER}${rows.slice(0, MAX_HIGHLIGHTED_ROWS).join(',')}},0))`;
}

export interface HighlightArea {
  firstRow: number;
  lastRow: number;
  /** 0-based. */
  firstColumn: number;
  lastColumn: number;
}
