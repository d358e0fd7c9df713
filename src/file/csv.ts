export type Delimiter = ';' | ',' | '\t';

/** The delimiter is the one that splits the header line most, outside quotes; ';' on a tie (Danish Excel's choice). */
export function detectDelimiter(text: string): Delimiter {
  // Only the first non-empty line matters; splitting a whole 100 MB file to find it would not.
  const firstLine = firstNonEmptyLine(text);
  const counts: Record<Delimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as Delimiter]++;
  }
  return (['\t', ',', ';'] as Delimiter[]).reduce((best, d) => (counts[d] > counts[best] ? d : best), ';' as Delimiter);
}

/** The rows, or the line (1-based, in the file) where a quoted field opens that is never closed. */
export type CsvResult = { ok: true; rows: string[][] } | { ok: false; unclosedQuoteLine: number };

/**
 * RFC 4180 parsing: quoted fields may hold delimiters, doubled quotes and line breaks. A quote
 * that is never closed would swallow the rest of the file into one cell; that is refused instead.
 */
export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text)): CsvResult {
  // Most exports quote nothing; then splitting is exact and many times faster than the scanner.
  if (!text.includes('"')) {
    const lines = text.split(/\r\n|\n|\r/);
    if (lines[lines.length - 1] === '') lines.pop();
    return { ok: true, rows: lines.map((line) => line.split(delimiter)) };
  }
  const rows: string[][] = [];
  for (let i = 0; i < text.length;) {
    const row = scanRow(text, i, delimiter);
    if ('unclosedAt' in row) return { ok: false, unclosedQuoteLine: lineAt(text, row.unclosedAt) };
    rows.push(row.cells);
    i = row.next;
  }
  return { ok: true, rows };
}

/** The 1-based line of an offset, counting \r\n, \n and \r as one line break each. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/**
 * One row by the scanner, from offset i: its cells and where the next row starts (after the line
 * break), or the offset of a quoted field that never closes. Quoted fields are taken in slices
 * between quotes, "" standing for one quote; a delimiter at the very end of the text ends the row
 * with an empty cell.
 */
export function scanRow(text: string, i: number, delimiter: string): { cells: string[]; next: number } | { unclosedAt: number } {
  const n = text.length;
  const cells: string[] = [];
  for (;;) {
    if (text.charCodeAt(i) === 34) {
      const opened = i;
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) return { unclosedAt: opened };
        value += text.slice(from, q);
        if (text.charCodeAt(q + 1) === 34) {
          value += '"';
          from = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      // Excel writes nothing between the closing quote and the delimiter; anything there is kept.
      const stop = nextStop(text, i, delimiter);
      cells.push(value + text.slice(i, stop));
      i = stop;
    } else {
      const stop = nextStop(text, i, delimiter);
      cells.push(text.slice(i, stop));
      i = stop;
    }
    if (i >= n) return { cells, next: n };
    if (text[i] === delimiter) {
      i++;
      if (i >= n) {
        cells.push('');
        return { cells, next: n };
      }
    } else return { cells, next: i + (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1) };
  }
}

/** The index of the next delimiter or line break from `i`, or the end of the text. */
export function nextStop(text: string, i: number, delimiter: string): number {
  const d = delimiter.charCodeAt(0);
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13 || c === d) return j;
  }
  return text.length;
}

/**
 * OWASP's guidance on CSV injection: a cell that begins with = + - @, a tab or a carriage return
 * is taken for a formula by Excel and LibreOffice (=HYPERLINK(…), @SUM(…), -2+3, a DDE call), so it
 * gets a leading apostrophe, the spreadsheet's own mark for "this is text".
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Numbers as a spreadsheet reads them (-5, +45, -4.000,50, -1e5): never a formula, so left as they are. */
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)*([eE][+-]?\d+)?$/;

export function neutralised(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/**
 * Reads back a cell that neutralised() wrote, so that a result file used as next week's input
 * holds the text the user typed (and its Lejemål matches the ledger): "'=A1" is "=A1" again, while
 * "'-5" and "'abc", which neutralised() never writes, stay as they are.
 */
export function unneutralised(value: string): string {
  return value.charCodeAt(0) === 39 && neutralised(value.slice(1)) === value ? value.slice(1) : value;
}

/** One cell of CSV output: never a formula, quoted when it holds quotes, line breaks, the delimiter or edge spaces. */
export function csvCell(value: string, delimiter: Delimiter): string {
  const safe = neutralised(value);
  return /["\r\n]/.test(safe) || safe.includes(delimiter) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV file as Excel opens it: a BOM (so Excel reads UTF-8), rows ended by CRLF, every cell through csvCell. */
export function csvText(rows: readonly (readonly string[])[], delimiter: Delimiter): string {
  return '\uFEFF' + rows.map((r) => r.map((c) => csvCell(c, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}

function firstNonEmptyLine(text: string): string {
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    if (line.trim() !== '') return line;
    from = to + 1;
  }
  return '';
}
