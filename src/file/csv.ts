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

/** RFC 4180 parsing: quoted fields may hold delimiters, doubled quotes and line breaks. */
export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text)): string[][] {
  // Most exports quote nothing; then splitting is exact and many times faster than the scanner.
  if (!text.includes('"')) {
    const lines = text.split(/\r\n|\n|\r/);
    if (lines[lines.length - 1] === '') lines.pop();
    return lines.map((line) => line.split(delimiter));
  }
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  const endRow = () => {
    rows.push(row);
    row = [];
  };
  while (i < n) {
    if (text[i] === '"') {
      // A quoted field: taken in slices between quotes, "" standing for one quote.
      let value = '';
      let from = ++i;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) {
          value += text.slice(from);
          i = n;
          break;
        }
        value += text.slice(from, q);
        if (text[q + 1] === '"') {
          value += '"';
          from = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      // Excel writes nothing between the closing quote and the delimiter; anything there is kept.
      const stop = nextStop(text, i, delimiter);
      row.push(value + text.slice(i, stop));
      i = stop;
    } else {
      const stop = nextStop(text, i, delimiter);
      row.push(text.slice(i, stop));
      i = stop;
    }
    if (i >= n) break;
    const ch = text[i];
    if (ch === delimiter) {
      i++;
      if (i >= n) row.push('');
    } else {
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      endRow();
    }
  }
  if (row.length > 0) endRow();
  return rows;
}

/** The index of the next delimiter or line break from `i`, or the end of the text. */
function nextStop(text: string, i: number, delimiter: string): number {
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13 || text[j] === delimiter) return j;
  }
  return text.length;
}

/** Text that Excel would take for a formula is written with a leading apostrophe. */
export function csvCell(value: string, delimiter: Delimiter, guardFormula: boolean): string {
  const safe = guardFormula && /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(delimiter) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
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
