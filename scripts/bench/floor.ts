/**
 * The floor the command line is held to (issue 16): a minimal Node program doing the least the
 * job can be done with, on the bench's CSV under the Randers agreement. It reads the file, splits
 * and parses the fields (Danish amounts, dd-mm-yyyy dates, the labels), chooses the rule by hand
 * (as handWritten.ts does for randers-bolig), counts each rule's positions, sorts by date and
 * writes one JSON line per row. No checks, no messages, no state: what Node itself costs.
 *
 *   node lib/scripts/bench/floor.js FILE.csv > /dev/null
 */
import fs from 'fs';

interface Row {
  row: number;
  unitId: string;
  date: string;
  ric: number;
  family: boolean;
  intern: boolean;
}

function amount(text: string): number {
  return text === '' ? NaN : Number(text.replace(/\./g, '').replace(',', '.'));
}

/** A line's fields; a quoted field (about 1 line in 70 in the bench's files) the simplest way. */
function fields(line: string): string[] {
  if (!line.includes('"')) return line.split(';');
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      const close = line.indexOf('"', i + 1);
      out.push(line.slice(i + 1, close));
      i = close + 2;
    } else {
      const stop = line.indexOf(';', i);
      const end = stop < 0 ? line.length : stop;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

export function floor(file: string, write: (text: string) => void): number {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const rows: Row[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const f = fields(line);
    const d = f[9];
    const rent = amount(f[7]);
    const consumption = amount(f[8]);
    rows.push({
      row: i + 1,
      unitId: f[0],
      date: `${d.slice(6, 10)}-${d.slice(3, 5)}-${d.slice(0, 2)}`,
      ric: Math.round((rent + (consumption || 0)) * 100) / 100,
      family: f[4] === 'Familiebolig',
      intern: f[11] === 'Intern venteliste',
    });
  }
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row));
  const positions = [0, 0, 0, 0];
  let text = '';
  for (const r of rows) {
    const rule = r.intern ? 0 : r.family && r.ric < 4000 ? 1 : r.family && r.ric >= 4000 && r.ric <= 6000 ? 2 : 3;
    const position = ++positions[rule];
    text += `{"row":${r.row},"unitId":${JSON.stringify(r.unitId)},"outcome":"${rule === 3 ? 'none' : 'venteliste'}","rule":${rule},"position":${position}}\n`;
    if (text.length > 1 << 16) {
      write(text);
      text = '';
    }
  }
  write(text);
  return rows.length;
}

if (require.main === module) {
  floor(process.argv[2], (t) => fs.writeSync(1, t));
}
