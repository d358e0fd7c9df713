import { RowSource } from '../core/sheet';
import { Delimiter, nextStop, scanRow, unneutralised } from './csv';

/**
 * A CSV text as rows cut out one at a time, for a sheet read once and let go (the command line
 * without --output). parseCsv holds every cell of a million-row file at once, about 14 million
 * strings that the collector traces again and again; here a first pass finds only where each row
 * starts, and row(i) makes the cells of one row, which die young once the sheet reader has taken
 * what it keeps. The rows are exactly parseCsv's (test/file/csvRows.test.ts holds them so), the
 * apostrophe before formula-like text taken off as readCsvTable does.
 */
export class CsvRows implements RowSource {
  /** Where row i starts in the text; starts[rowCount] is the end of the last row. */
  private readonly starts: Int32Array;
  readonly rowCount: number;
  /** The first quote at or after quoteFrom (-1: none to the end): a row that ends before it has none, and is split. */
  private quote = -1;
  private quoteFrom = Infinity;

  private constructor(
    private readonly text: string,
    private readonly delimiter: Delimiter,
    starts: Int32Array,
    rowCount: number,
  ) {
    this.starts = starts;
    this.rowCount = rowCount;
  }

  /** The rows of a text, or the line where a quoted field opens that is never closed (as parseCsv says it). */
  static of(text: string, delimiter: Delimiter): CsvRows | { unclosedQuoteAt: number } {
    let starts = new Int32Array(1024);
    let count = 0;
    const n = text.length;
    // The next quote and carriage return, looked up again only once passed: a row before both ends
    // at its \n, found by indexOf, not by reading every character.
    let quote = -1;
    let cr = -1;
    let i = 0;
    while (i < n) {
      if (count + 1 >= starts.length) {
        const grown = new Int32Array(starts.length * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[count++] = i;
      if (quote < i) quote = indexOrEnd(text, '"', i);
      if (cr < i) cr = indexOrEnd(text, '\r', i);
      const lf = indexOrEnd(text, '\n', i);
      const stop = lf < cr ? lf : cr;
      if (quote === n || quote > stop) {
        i = stop === n ? n : stop + (stop === cr && text.charCodeAt(stop + 1) === 10 ? 2 : 1);
        continue;
      }
      const end = rowEnd(text, i, delimiter);
      if (end < 0) return { unclosedQuoteAt: -end - 1 };
      i = end;
    }
    starts[count] = n;
    return new CsvRows(text, delimiter, starts, count);
  }

  row(index: number): string[] {
    const { text, delimiter } = this;
    const start = this.starts[index];
    const end = this.starts[index + 1];
    if (start < this.quoteFrom || (this.quote >= 0 && this.quote < start)) {
      this.quoteFrom = start;
      this.quote = text.indexOf('"', start);
    }
    // A row with a quote goes through parseCsv's own scanner; of() found every quote in the text closed.
    const cells = this.quote < 0 || this.quote >= end ? text.slice(start, withoutBreak(text, start, end)).split(delimiter) : (scanRow(text, start, delimiter) as { cells: string[] }).cells;
    for (let c = 0; c < cells.length; c++) if (cells[c].charCodeAt(0) === 39) cells[c] = unneutralised(cells[c]);
    return cells;
  }
}

function indexOrEnd(text: string, what: string, from: number): number {
  const at = text.indexOf(what, from);
  return at < 0 ? text.length : at;
}

/** The end of a row's text without its line break (\r\n, \n or \r). */
function withoutBreak(text: string, start: number, end: number): number {
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/**
 * Where the row starting at i ends (after its line break), by parseCsv's own steps; a quoted field
 * that never closes gives -(its offset) - 1.
 */
function rowEnd(text: string, i: number, delimiter: string): number {
  const n = text.length;
  for (;;) {
    if (text.charCodeAt(i) === 34) {
      const opened = i;
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) return -opened - 1;
        if (text.charCodeAt(q + 1) === 34) from = q + 2;
        else {
          i = q + 1;
          break;
        }
      }
    }
    i = nextStop(text, i, delimiter);
    if (i >= n) return n;
    if (text[i] === delimiter) {
      i++;
      if (i >= n) return n;
    } else return i + (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1);
  }
}
