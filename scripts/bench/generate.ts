/**
 * Seeded vacancy lists for the benchmark: the columns and the Danish forms a housing
 * organisation's export has (";" CSV, "4.250,50" amounts, dd-mm-yyyy dates, labels as typed),
 * the same rows every time. Rows come out in date order over five years (2020–2024), as a
 * weekly list appended to over the years would.
 */
import fs from 'fs';
import { prng } from '../example/dice';

export const HEADERS = [
  'Lejemål',
  'Boligorganisation',
  'Afdeling',
  'Adresse',
  'Boligtype',
  'Rum',
  'Areal',
  'Husleje',
  'Forbrug',
  'Ledig fra',
  'Områdestatus',
  'Udlejning',
  'Huslejenedsættelse',
  'Bemærkning',
];

const ORGANISATIONS = ['Randers Bolig', 'Boligselskabet Sct. Jørgen', 'Domea Randers', 'Randers Boligforening af 1940'];
const STREETS = ['Vestergade', 'Jennumparken', 'Grønnegade', 'Munkdrupvej', 'Hobrovej', 'Nørrebrogade', 'Tirsdalensvej', 'Bjellerupparken'];
const SIDES = ['tv', 'th', 'mf'];
const REMARKS = ['Nøgle hos varmemester; ring først', 'Nyistandsat køkken', 'Altan mod syd', 'Husdyr tilladt', 'Elevator i opgangen'];
/** Room counts by housing type (weights), areas by room count and rent levels as in scripts/example and scripts/history. */
const ROOMS: Record<string, readonly number[]> = { Familiebolig: [0.1, 0.3, 0.35, 0.18, 0.07], Ungdomsbolig: [0.7, 0.3], Ældrebolig: [0.2, 0.6, 0.2] };
const AREA = [
  [30, 50],
  [50, 70],
  [70, 90],
  [88, 110],
  [105, 130],
] as const;
const AREA_YOUTH = [
  [24, 40],
  [40, 55],
] as const;
const RATE: Record<string, readonly [number, number]> = { Familiebolig: [660, 960], Ungdomsbolig: [900, 1050], Ældrebolig: [980, 1130] };
const FIRST_DAY = Date.UTC(2020, 0, 1);

function weighted(u: number, weights: readonly number[]): number {
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i];
    if (u < acc) return i;
  }
  return weights.length - 1;
}
const DAYS = 5 * 365 + 1;

/** Danish amount: thousands with ".", decimals with "," (4.250 or 4.250,50). */
export function danish(n: number, decimals = 0): string {
  const [whole, frac] = n.toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac === undefined ? grouped : `${grouped},${frac}`;
}

/**
 * Row i of n as the text cells a CSV export holds (fourteen columns). One remark holds a ";", so
 * about 1 row in 70 has a quoted field, as Excel writes it; `unquoted` writes "," there instead,
 * giving a file with no quotes at all.
 */
export function rowGenerator(seed = 20250106, unquoted = false): (i: number, n: number) => string[] {
  const next = prng(seed);
  const remarks = unquoted ? REMARKS.map((r) => r.replace(';', ',')) : REMARKS;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return (i, n) => {
    const dept = 100 + Math.floor(next() * 40);
    const t = next();
    const type = t < 0.7 ? 'Familiebolig' : t < 0.85 ? 'Ungdomsbolig' : 'Ældrebolig';
    const rooms = 1 + weighted(next(), ROOMS[type]);
    const [min, max] = (type === 'Ungdomsbolig' ? AREA_YOUTH : AREA)[rooms - 1];
    const area = min + Math.floor(next() * (max - min + 1));
    const [rateMin, rateMax] = RATE[type]; // kr per m² per year, as in scripts/history/stock.ts
    const rent = (area * (rateMin + next() * (rateMax - rateMin))) / 12;
    const consumption = Math.round(Math.min(1200, Math.max(550, 560 + 6 * (area - 30) + (next() * 2 - 1) * 70)) / 5) * 5;
    const day = new Date(FIRST_DAY + Math.floor((i * DAYS) / n) * 86_400_000);
    const date = `${String(day.getUTCDate()).padStart(2, '0')}-${String(day.getUTCMonth() + 1).padStart(2, '0')}-${day.getUTCFullYear()}`;
    const s = next();
    const status = s < 0.8 ? '' : s < 0.88 ? 'Udsat boligområde' : s < 0.94 ? 'Forebyggelsesområde' : s < 0.97 ? 'Omdannelsesområde' : 'Parallelsamfund';
    const l = next();
    const letting = l < 0.45 ? '' : l < 0.83 ? 'Ekstern venteliste' : l < 0.95 ? 'Intern venteliste' : l < 0.98 ? 'Oprykning' : 'Bytte';
    const reduction = type === 'Familiebolig' && next() < 0.005 ? '1.250' : '';
    const remark = next() < 0.07 ? pick(remarks) : '';
    return [
      `${dept}-${i + 1}`,
      ORGANISATIONS[dept % ORGANISATIONS.length],
      String(dept),
      `${pick(STREETS)} ${1 + (i % 97)}, ${i % 5}. ${SIDES[i % 3]}, 8900 Randers C`,
      type,
      String(rooms),
      String(area),
      next() < 0.3 ? danish(rent, 2) : danish(Math.round(rent)),
      danish(consumption),
      date,
      status,
      letting,
      reduction,
      remark,
    ];
  };
}

/** Header and n rows as a table of text cells, as the CSV reader hands them to readSheet. */
export function generateTable(n: number, seed?: number): string[][] {
  const row = rowGenerator(seed);
  const table: string[][] = [HEADERS];
  for (let i = 0; i < n; i++) table.push(row(i, n));
  return table;
}

function csvField(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes header and n rows as a ";" CSV (UTF-8 with BOM, CRLF, as Danish Excel saves it); returns its bytes. */
export function writeCsv(file: string, n: number, options: { seed?: number; unquoted?: boolean } = {}): number {
  const row = rowGenerator(options.seed, options.unquoted);
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  const put = (text: string) => {
    const buf = Buffer.from(text, 'utf8');
    fs.writeSync(fd, buf);
    bytes += buf.length;
  };
  try {
    put('\uFEFF' + HEADERS.map(csvField).join(';') + '\r\n');
    let chunk: string[] = [];
    for (let i = 0; i < n; i++) {
      chunk.push(row(i, n).map(csvField).join(';'));
      if (chunk.length === 10_000 || i === n - 1) {
        put(chunk.join('\r\n') + '\r\n');
        chunk = [];
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return bytes;
}
