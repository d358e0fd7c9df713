/**
 * Differential test of the new shapes: the product against an oracle written from DOMAIN.md's
 * "More agreement shapes" alone (test/oracle/shapes.ts), on seeded sheets that mix organisations
 * and repeat department numbers, with department registers and requests tables
 * (test/oracle/shapeTables.ts), under the three bundled agreements of the shapes and one that
 * mixes them. Fresh runs, and runs split in two with the state saved and read back in between.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { Agreement, AllocationState, CellValue, loadAgreement, parseState, readSheet, serialiseState } from '../src/core';
import { allocate, AllocationResult, RunInputs } from '../src/core/allocation/allocate';
import { readRegister } from '../src/core/register/readRegister';
import { readRequests } from '../src/core/requests/readRequests';
import { Cell } from './oracle/oracle';
import { oracleShapes, readOracleRegister, readOracleRequests, ShapeResult, ShapeState } from './oracle/shapes';
import { shapeTables } from './oracle/shapeTables';
import { ROOT } from './helpers';

const N = Number(process.env.SHAPES_TABLES ?? 400);

const intern = { name: 'Intern', priority: 100, conditions: { all: [{ fact: 'lettingType', operator: 'equal', value: 'intern' }] }, event: { type: 'exclude' } };
const holds = (fact: string, value: unknown) => ({ fact, operator: 'equal', value });
/** The oracle's "blandet": a request rule, a pool per department with a start and a cap, and one per organisation with a phase. */
const MIXED_SHAPES = {
  id: 'blandet',
  pools: [
    { name: 'a-pr-afdeling', every: 1, per: 'department', start: 1, capPerMonth: 1 },
    { name: 'alle-pr-organisation', every: 3, phase: 1, per: 'organisation' },
  ],
  rules: [
    intern,
    { name: 'Ungdom', priority: 20, conditions: { all: [holds('housingType', 'ungdom')] }, event: { type: 'request' } },
    { name: 'Gruppe A', priority: 10, conditions: { all: [holds('housingType', 'familie'), holds('departmentGroup', 'A')] }, event: { type: 'quota', params: { pool: 'a-pr-afdeling' } } },
    { name: 'Familie', priority: 5, conditions: { all: [holds('housingType', 'familie')] }, event: { type: 'quota', params: { pool: 'alle-pr-organisation' } } },
  ],
};

function load(id: string): Agreement {
  const text = id === 'blandet' ? JSON.stringify(MIXED_SHAPES) : readFileSync(join(ROOT, 'rules', `${id}.json`), 'utf8');
  const r = loadAgreement(text, id);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.agreement;
}

const AGREEMENTS = ['standard-25-pr-organisation', 'rammeaftale-grupper', 'esbjerg-forespoergsel', 'blandet'] as const;

type View = { decisions: string[]; summary: string; counters: string };

function productView(r: AllocationResult): View {
  const s = r.summary;
  const counters: Record<string, number> = {};
  for (const [pool, keys] of Object.entries(r.state.keyedCounters ?? {}))
    for (const k of keys) counters[`${pool}|${k.department === undefined ? k.organisation : `${k.organisation}|${k.department}`}`] = k.counter;
  return {
    decisions: r.decisions.map((d) => `${d.row}:${d.outcome}:${d.pool ?? ''}#${d.position ?? ''}:${d.request ?? ''}`),
    summary: JSON.stringify({
      date: s.requests?.date ?? null,
      filled: (s.requests?.filled ?? []).map((f) => [f.request, f.unitId, f.daysWaited]),
      open: (s.requests?.open ?? []).map((o) => [o.request, o.daysWaited]),
      expired: (s.requests?.expired ?? []).map((e) => [e.request, e.daysWaited]),
      missing: (s.departmentsNotInRegister ?? []).map((m) => [m.organisation, m.department, m.rows]).sort(),
    }),
    counters: JSON.stringify(Object.entries(counters).sort()),
  };
}

function oracleView(r: ShapeResult, requests: boolean): View {
  const s = r.summary;
  return {
    decisions: r.decisions.map((d) => `${d.row}:${d.outcome}:${d.pool ?? ''}#${d.position ?? ''}:${d.request ?? ''}`),
    summary: JSON.stringify({ date: requests ? s.date : null, filled: s.filled, open: s.open, expired: s.expired, missing: s.missing.sort() }),
    counters: JSON.stringify(Object.entries(r.state.counters).sort()),
  };
}

/** The product's inputs and the oracle's, read each by its own reader; null where a table was refused, with whether both refused it. */
function inputsOf(t: { register: Cell[][] | null; requests: Cell[][] | null }) {
  const pr = t.register ? readRegister(t.register as CellValue[][]) : null;
  const or = t.register ? readOracleRegister(t.register) : null;
  const pq = t.requests ? readRequests(t.requests as CellValue[][]) : null;
  const oq = t.requests ? readOracleRequests(t.requests) : null;
  const refusedAlike = (pr?.ok ?? true) === (or?.ok ?? true) && (pq?.ok ?? true) === (oq?.ok ?? true);
  if (!refusedAlike || pr?.ok === false || pq?.ok === false) return { refusedAlike, refused: true as const };
  const product: RunInputs = { register: pr?.ok ? pr.register : null, requests: pq?.ok ? pq.requests : null };
  return { refusedAlike, refused: false as const, product, oracle: { register: or?.ok ? or.register : null, requests: oq?.ok ? oq.requests : null } };
}

const roundTrip = (s: AllocationState, id: string) => {
  const p = parseState(serialiseState(s), id);
  if (!p.ok) throw new Error(p.error.code);
  return p.state;
};

jest.setTimeout(300_000);

describe("product vs the oracle of DOMAIN.md's new shapes", () => {
  const seen = { tables: 0, refused: 0, requestsFilled: 0, expired: 0, keys: 0, missing: 0, capped: 0, splits: 0 };

  test.each(AGREEMENTS)('%s: fresh runs and runs split through the state agree', async (id) => {
    const agreement = load(id);
    const failures: string[] = [];
    for (let seed = 1; seed <= N && failures.length < 3; seed++) {
      const t = shapeTables(seed * 7919 + id.length);
      const inputs = inputsOf(t);
      seen.tables++;
      if (!inputs.refusedAlike) {
        failures.push(`seed ${seed}: only one side refused a side table\n${JSON.stringify(t.register)}\n${JSON.stringify(t.requests)}`);
        continue;
      }
      if (inputs.refused) {
        seen.refused++;
        continue;
      }
      const sheet = readSheet(t.sheet as CellValue[][]);
      const oracle = oracleShapes(t.sheet, id, null, inputs.oracle.register, inputs.oracle.requests);
      if (!sheet.ok || 'sheetError' in oracle) {
        if (sheet.ok !== !('sheetError' in oracle)) failures.push(`seed ${seed}: only one side refused the sheet`);
        continue;
      }
      const product = await allocate(sheet.rows, agreement, null, undefined, undefined, inputs.product);
      const withRequests = inputs.product.requests != null;
      compare(`seed ${seed} fresh`, productView(product), oracleView(oracle, withRequests), failures);
      seen.requestsFilled += product.summary.requests?.filled.length ?? 0;
      seen.expired += product.summary.requests?.expired.length ?? 0;
      seen.keys += product.summary.pools.filter((p) => p.key).length;
      seen.missing += product.summary.departmentsNotInRegister?.length ?? 0;
      seen.capped += product.summary.pools.reduce((n, p) => n + p.capped, 0);

      // Split: the first half of the data rows, the state saved and read back, then the whole sheet again.
      const half = Math.max(2, Math.floor(t.sheet.length / 2));
      const part1 = t.sheet.slice(0, half);
      const s1 = readSheet(part1 as CellValue[][]);
      const o1 = oracleShapes(part1, id, null, inputs.oracle.register, inputs.oracle.requests);
      if (!s1.ok || 'sheetError' in o1) continue;
      const p1 = await allocate(s1.rows, agreement, null, undefined, undefined, inputs.product);
      const p2 = await allocate(sheet.rows, agreement, roundTrip(p1.state, id), undefined, undefined, inputs.product);
      const o2 = oracleShapes(t.sheet, id, o1.state as ShapeState, inputs.oracle.register, inputs.oracle.requests);
      if ('sheetError' in o2) continue;
      seen.splits++;
      compare(`seed ${seed} split part 2 (state saved)`, productView(p2), oracleView(o2, withRequests), failures);
    }
    expect(failures).toEqual([]);
  });

  afterAll(() => {
    if (process.env.SHAPES_VERBOSE) console.log(seen);
    // The comparisons reached what the shapes are about.
    expect(seen.tables).toBeGreaterThan(N * 3);
    expect(seen.refused).toBeGreaterThan(10);
    expect(seen.requestsFilled).toBeGreaterThan(200);
    expect(seen.expired).toBeGreaterThan(20);
    expect(seen.keys).toBeGreaterThan(1000);
    expect(seen.missing).toBeGreaterThan(200);
    expect(seen.capped).toBeGreaterThan(10);
    expect(seen.splits).toBeGreaterThan(N * 2);
  });
});

function compare(where: string, p: View, o: View, failures: string[]): void {
  const first = p.decisions.findIndex((d, i) => d !== o.decisions[i]);
  if (first >= 0 || p.decisions.length !== o.decisions.length)
    failures.push(`${where}: decisions differ first at ${first}: product ${p.decisions[first]} oracle ${o.decisions[first]}\n  product ${p.decisions.join(' ')}\n  oracle  ${o.decisions.join(' ')}`);
  else if (p.summary !== o.summary) failures.push(`${where}: summaries differ\n  product ${p.summary}\n  oracle  ${o.summary}`);
  else if (p.counters !== o.counters) failures.push(`${where}: counters by key differ\n  product ${p.counters}\n  oracle  ${o.counters}`);
}
