/**
 * Part 4: the weekly job (allocateInWorkbook) on a 100,000-row sheet through the Office.js
 * adapter, against the fake Excel of test/port/office, which counts every context.sync() and
 * the bytes of every request and response (JSON, as Office.js sends it) and refuses any request
 * over 5 MB. Twice: as Excel on the web, which also refuses any response over 5 MB, and as Excel on
 * Windows and Mac, which has no such limit.
 *
 * Those files need office-js and jest types, which build:cli leaves out, so `npm run bench`
 * compiles them apart (scripts/bench/tsconfig.office.json → lib/bench-office) and this part
 * loads them at run time; only the few shapes it uses are declared here.
 */
import fs from 'fs';
import path from 'path';
import { repoRoot } from '../repoRoot';
import { generateTable, HEADERS } from './generate';
import { now, round } from './timing';

export const OFFICE_ROWS = 100_000;

type Cell = string | number | null;
interface Stats {
  syncs: number;
  requests: { bytes: number; cellBytes: number; writes: boolean; responseBytes: number }[];
}
interface Harness {
  server: { stats: Stats; responseLimit: number | null };
  port: unknown;
}
type HarnessModule = { officeHarness: (table: Cell[][]) => Promise<Harness> };
type AppModule = { allocateInWorkbook: (port: unknown, agreement: unknown) => Promise<{ ok: boolean; error?: string; result?: { state: unknown } }> };
type CoreModule = { loadAgreement: (text: string, id: string) => { ok: boolean; agreement?: unknown }; serialiseState: (state: unknown) => string };

export interface OfficeRun {
  run: string;
  /** Excel on the web refuses responses over 5 MB; Excel on Windows and Mac has no such limit (null). */
  responseLimitBytes: number | null;
  ok: boolean;
  error: string | null;
  /** Responses refused for their size (the adapter then reads in chunks). */
  responsesOverLimit: number;
  syncs: number;
  /** Syncs whose request changed the workbook: the blocks of result cells (stored data rides along). */
  writeBlocks: number;
  /**
   * The fewest syncs any adapter could need for the bytes this run read: write blocks (which
   * return nothing) plus all response bytes in responses of at most the limit.
   */
  floorSyncs: number;
  responseBytesTotal: number;
  largestRequestBytes: number;
  largestCellBlockBytes: number;
  largestResponseBytes: number;
  /** Fake Excel in the same process: says little about Excel's own time. */
  seconds: number;
  /** Every request of the run, in order: [request bytes, response bytes, changed the workbook]. */
  requests: [number, number, boolean][];
}

export interface OfficeFigures {
  rows: number;
  columns: number;
  payloadLimitBytes: number;
  storedStateBytes: number | null;
  runs: OfficeRun[];
}

const NUMBER_COLUMNS = new Set(['Rum', 'Areal', 'Husleje', 'Forbrug', 'Huslejenedsættelse']);
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The generated rows as Excel holds them: numbers as numbers, dates as serial numbers, empty cells empty. */
export function excelTable(text: string[][]): Cell[][] {
  const numeric = HEADERS.map((h) => NUMBER_COLUMNS.has(h));
  const dateColumn = HEADERS.indexOf('Ledig fra');
  return text.map((row, r) =>
    row.map((v, c) => {
      if (r === 0) return v;
      if (v === '') return null;
      if (numeric[c]) return Number(v.replace(/\./g, '').replace(',', '.'));
      if (c === dateColumn) {
        const [d, m, y] = v.split('-').map(Number);
        return (Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / 86_400_000;
      }
      return v;
    }),
  );
}

export async function officeChild(rows = OFFICE_ROWS): Promise<OfficeFigures> {
  const out = path.join(repoRoot(), 'lib', 'bench-office');
  if (!fs.existsSync(out)) throw new Error(`${out} is missing: run npm run bench (it compiles scripts/bench/tsconfig.office.json first)`);
  const { officeHarness } = require(path.join(out, 'test', 'port', 'office', 'officeHarness.js')) as HarnessModule;
  const { allocateInWorkbook } = require(path.join(out, 'src', 'app', 'allocateInWorkbook.js')) as AppModule;
  const core = require(path.join(out, 'src', 'core', 'index.js')) as CoreModule;
  const { PAYLOAD_LIMIT } = require(path.join(out, 'test', 'port', 'office', 'fakeWorkbook.js')) as { PAYLOAD_LIMIT: number };
  const loaded = core.loadAgreement(fs.readFileSync(path.join(repoRoot(), 'rules', 'randers-bolig.json'), 'utf8'), 'randers-bolig');
  if (!loaded.ok) throw new Error('randers-bolig does not load');

  const limit = PAYLOAD_LIMIT;
  const table = excelTable(generateTable(rows));
  let storedStateBytes: number | null = null;

  const measure = async (h: Harness, run: string): Promise<OfficeRun> => {
    const stats = h.server.stats;
    const from = stats.requests.length;
    const syncsBefore = stats.syncs;
    const start = now();
    let error: string | null = null;
    try {
      const r = await allocateInWorkbook(h.port, loaded.agreement);
      if (!r.ok) error = r.error ?? 'not ok';
      else if (r.result) storedStateBytes = Buffer.byteLength(core.serialiseState(r.result.state));
    } catch (e) {
      error = (e as Error).message;
    }
    const requests = stats.requests.slice(from);
    const max = (f: (r: Stats['requests'][number]) => number) => Math.max(0, ...requests.map(f));
    const refused = requests.filter((r) => h.server.responseLimit !== null && r.responseBytes > h.server.responseLimit);
    const read = requests.filter((r) => !refused.includes(r)).reduce((n, r) => n + r.responseBytes, 0);
    const writeBlocks = requests.filter((r) => r.writes).length;
    return {
      run,
      responseLimitBytes: h.server.responseLimit,
      ok: error === null,
      error,
      responsesOverLimit: refused.length,
      syncs: stats.syncs - syncsBefore,
      writeBlocks,
      floorSyncs: writeBlocks + (h.server.responseLimit === null ? 1 : Math.ceil(read / h.server.responseLimit)),
      responseBytesTotal: read,
      largestRequestBytes: max((r) => r.bytes),
      largestCellBlockBytes: max((r) => r.cellBytes),
      largestResponseBytes: max((r) => (refused.includes(r) ? 0 : r.responseBytes)),
      seconds: round(now() - start, 2),
      requests: requests.map((r) => [r.bytes, r.responseBytes, r.writes]),
    };
  };

  const runs: OfficeRun[] = [];
  for (const [host, responseLimit] of [
    ['Excel on the web', limit],
    ['Excel on Windows and Mac', null],
  ] as const) {
    const h = await officeHarness(table);
    h.server.responseLimit = responseLimit;
    runs.push(await measure(h, `${host}, first run`));
    // The next week: the same sheet again, now with the agreement and a 100,000-entry ledger stored.
    if (runs[runs.length - 1].ok) runs.push(await measure(h, `${host}, second run, state stored`));
  }
  return { rows, columns: HEADERS.length, payloadLimitBytes: limit, storedStateBytes, runs };
}
