/**
 * Differential test: the product against an independent oracle written from DOMAIN.md alone
 * (test/oracle/oracle.ts), on seeded random messy vacancy tables (test/oracle/randomSheet.ts),
 * under all six bundled agreements. Fresh runs, runs split in two with the state saved and
 * re-read in between, and a re-run with the final state.
 *
 * On failure the message lists each distinct kind of disagreement once, with a shrunk table and
 * the differing row, so a human can judge which side DOMAIN.md supports.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import * as da from '../src/core/da';
import { readSheet, loadAgreement, allocate, parseState, serialiseState, type Agreement, type AllocationState, type Decision } from '../src/core';
import { oracleDecide as oracleDecideDefault, oracleRead, type Cell, type OracleDecision, type OracleOptions, type OracleState } from './oracle/oracle';
import { randomSheet, describeTable, edgeTables } from './oracle/randomSheet';

const AGREEMENTS = ['standard-25', 'randers-bolig', 'domea-randers', 'ishoej-100', 'privat-udlejer', 'faaborg-flex'] as const;
const N_TABLES = Number(process.env.DIFF_TABLES ?? 320);
const FIRST_SEED = Number(process.env.DIFF_SEED ?? 1);
const SAVED_AT = '2024-01-01T00:00:00.000Z';
const MAX_EXAMPLES_PER_KIND = 1;
/** The readings decided where DOMAIN.md left a choice (see the top of oracle/oracle.ts). */
const ORACLE_OPTIONS: OracleOptions = { consumptionMissingAsZero: true, shortDayMonth: true };

type Table = Cell[][];

const oracleDecide = (table: Table, id: string, state?: OracleState | null) => oracleDecideDefault(table, id, state, ORACLE_OPTIONS);

function load(id: string): Agreement {
  const res = loadAgreement(readFileSync(join(__dirname, '..', 'rules', `${id}.json`), 'utf8'), id);
  if (!res.ok) throw new Error(`cannot load ${id}: ${JSON.stringify(res.errors)}`);
  return res.agreement;
}

interface ProductRun {
  sheetError: string | null;
  decisions: Decision[];
  state: AllocationState | null;
}

async function productRun(table: Table, agreement: Agreement, state: AllocationState | null): Promise<ProductRun> {
  const sheet = readSheet(table);
  if (!sheet.ok) return { sheetError: da.sheet.problem(sheet.error), decisions: [], state };
  const res = await allocate(sheet.rows, agreement, state);
  return { sheetError: null, decisions: res.decisions, state: res.state };
}

/** Round trip through the saved form, as a real split run would. */
function roundTrip(state: AllocationState | null, id: string): AllocationState | null {
  if (state === null) return null;
  const parsed = parseState(serialiseState(state, SAVED_AT), id);
  if (!parsed.ok) throw new Error(`parseState refused a state serialiseState wrote: ${parsed.error.code}`);
  return parsed.state;
}

interface Diff {
  kind: string;
  detail: string;
  row: number | null;
}

const show = (d: { row: number; unitId: string; outcome: string; pool: string | null; position: number | null } | undefined): string =>
  d ? `row ${d.row} '${d.unitId}' ${d.outcome}${d.pool !== null ? ` pool=${d.pool}` : ''}${d.position !== null ? ` pos=${d.position}` : ''}` : '(none)';

/** A short name for why one side calls a row an error (the column and the kind of fault). */
function errorCause(side: 'oracle' | 'product', o: OracleDecision | undefined, p: Decision | undefined): string {
  if (side === 'oracle' && o) {
    const causes = o.errors.map((e) => {
      if (e.includes('samme Lejemål')) return 'duplicate Lejemål + Ledig fra';
      if (e.includes('Lejemål mangler')) return 'empty Lejemål';
      if (e.includes('Ledig fra mangler')) return 'empty Ledig fra';
      if (e.includes('gyldig dato')) {
        const raw = e.slice(e.indexOf('dato: ') + 6);
        const shape = /^"\s*\d+\s*"$/.test(raw)
          ? 'digits-only text'
          : /^"\d{1,2}[-./]\d{1,2}[-./]\d{4}"$|^"\d{4}-\d{1,2}-\d{1,2}"$/.test(raw)
            ? 'one-digit day or month'
            : /^"\d{4}-\d{2}-\d{2}[ T]/.test(raw)
              ? 'date with a time'
              : 'other';
        return `bad Ledig fra: ${shape}`;
      }
      const m = e.match(/kolonne (\w+): ikke et tal: (.*)$/);
      if (m) return `not a number in ${m[1]}: ${/,-"$/.test(m[2]) ? 'ends in ",-"' : 'other'}`;
      const l = e.match(/kolonne (\w+): (.*)$/);
      return l ? `${l[2]} in ${l[1]}` : e;
    });
    return [...new Set(causes)].join(' + ');
  }
  if (side === 'product' && p) {
    const col = p.reason.match(/kolonne '([^']*)'/)?.[1];
    const what = /står allerede/.test(p.reason)
      ? 'duplicate'
      : /ikke et tal/.test(p.reason)
        ? 'not a number'
        : /dato/.test(p.reason)
          ? 'bad date'
          : /mangler/.test(p.reason)
            ? 'missing'
            : /kendt/.test(p.reason)
              ? 'unknown label'
              : 'other';
    return col ? `${what} in '${col}'` : what;
  }
  return '?';
}

/**
 * Row-by-row comparison. Only root differences become diffs: every row that one side calls an
 * error and the other does not, else the first differing row in processing order. Later rows
 * that differ only because a counter was shifted are counted as follow-ons in the detail.
 */
function compareDecisions(phase: string, product: ProductRun, oracle: { sheetError: string | null; decisions: OracleDecision[] }): Diff[] {
  if ((product.sheetError === null) !== (oracle.sheetError === null)) {
    return [
      {
        kind: `${phase}: sheet error product=${product.sheetError !== null} oracle=${oracle.sheetError !== null}`,
        detail: `product: ${product.sheetError ?? 'no sheet error'}\n    oracle: ${oracle.sheetError ?? 'no sheet error'}`,
        row: null,
      },
    ];
  }
  const pByRow = new Map(product.decisions.map((d) => [d.row, d]));
  const oByRow = new Map(oracle.decisions.map((d) => [d.row, d]));
  const rows = [...new Set([...pByRow.keys(), ...oByRow.keys()])].sort((a, b) => a - b);
  const errorRoots: Diff[] = [];
  const others: { diff: Diff; order: string }[] = [];
  for (const r of rows) {
    const p = pByRow.get(r);
    const o = oByRow.get(r);
    if (!p || !o) {
      errorRoots.push({
        kind: `${phase}: row present in ${p ? 'product' : 'oracle'} only`,
        detail: `product: ${show(p)}${p ? ` — ${p.reason}` : ''}\n    oracle:  ${show(o)}`,
        row: r,
      });
      continue;
    }
    const fields: string[] = [];
    if (p.unitId !== o.unitId) fields.push('unitId');
    if (p.outcome !== o.outcome) fields.push('outcome');
    if (p.pool !== o.pool) fields.push('pool');
    if (p.position !== o.position) fields.push('position');
    if (fields.length === 0) continue;
    const detail = `product: ${show(p)} — rule ${JSON.stringify(p.rule)}: ${p.reason}\n    oracle:  ${show(o)}` + (o.errors.length > 0 ? ` — ${o.errors.join('; ')}` : '');
    if ((p.outcome === 'error') !== (o.outcome === 'error')) {
      const who = p.outcome === 'error' ? 'product' : 'oracle';
      errorRoots.push({
        kind: `${phase}: row error only in the ${who} (${errorCause(who, o, p)})`,
        detail,
        row: r,
      });
    } else {
      others.push({
        diff: { kind: `${phase}: product ${p.outcome} vs oracle ${o.outcome} [${fields.join(',')}]`, detail, row: r },
        order: `${o.vacantFrom ?? ''}|${String(r).padStart(6, '0')}`,
      });
    }
  }
  others.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  let diffs: Diff[];
  if (errorRoots.length > 0) {
    diffs = errorRoots;
    if (others.length > 0) diffs[0] = { ...diffs[0], detail: `${diffs[0].detail}\n    (+${others.length} later rows differ, likely as a consequence)` };
  } else if (others.length > 0) {
    const first = others[0].diff;
    diffs = [{ ...first, detail: others.length > 1 ? `${first.detail}\n    (+${others.length - 1} later rows differ, likely as a consequence)` : first.detail }];
  } else diffs = [];
  // Decisions must come in sheet order.
  const order = product.decisions.map((d) => d.row);
  if (order.some((r, i) => i > 0 && r <= order[i - 1])) {
    diffs.push({ kind: `${phase}: product decisions not in sheet order`, detail: order.join(','), row: null });
  }
  return diffs;
}

function nonZero(rec: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(rec).sort()) if (rec[k] !== 0) out[k] = rec[k];
  return out;
}

function compareState(phase: string, product: AllocationState | null, oracle: OracleState): Diff[] {
  if (product === null) return [];
  const diffs: Diff[] = [];
  const pc = JSON.stringify(nonZero(product.counters));
  const oc = JSON.stringify(nonZero(oracle.counters));
  if (pc !== oc) diffs.push({ kind: `${phase}: counters differ`, detail: `product ${pc}\n    oracle  ${oc}`, row: null });
  const flat = (cu: Record<string, Record<string, number>>): string =>
    JSON.stringify(
      Object.keys(cu)
        .sort()
        .flatMap((p) =>
          Object.keys(cu[p])
            .sort()
            .filter((m) => cu[p][m] !== 0)
            .map((m) => `${p}/${m}=${cu[p][m]}`),
        ),
    );
  const pu = flat(product.capUse);
  const ou = flat(oracle.capUse);
  if (pu !== ou) diffs.push({ kind: `${phase}: capUse differs`, detail: `product ${pu}\n    oracle  ${ou}`, row: null });
  const pl = product.ledger.length;
  const ol = Object.keys(oracle.ledger).length;
  if (pl !== ol) diffs.push({ kind: `${phase}: ledger size differs`, detail: `product ${pl}, oracle ${ol}`, row: null });
  return diffs;
}

/**
 * A run split in two. Part 1: the data rows with vacantFrom (as the oracle reads it) before the cut.
 * Part 2, by seed: the whole table; the whole table with the part-1 rows edited (they must keep
 * their earlier decisions: Boligtype, Udlejning and rent incl. consumption changed to other valid
 * values); or next week's sheet holding only the rows after the cut (counters carry on).
 */
function splitTable(table: Table, seed: number): { sub: Table; second: Table; cut: string } | null {
  const read = oracleRead(table, ORACLE_OPTIONS);
  if (!read.ok) return null;
  const keep = new Set<number>();
  let cut: string;
  if (read.hasDates) {
    const dates = [...new Set(read.rows.map((r) => r.vacantFrom).filter((d): d is string => d !== null))].sort();
    if (dates.length < 2) return null;
    cut = dates[Math.min(dates.length - 1, 1 + (Math.abs(seed) % (dates.length - 1)))];
    for (const r of read.rows) if (r.vacantFrom !== null && r.vacantFrom < cut) keep.add(r.index);
  } else {
    const half = Math.floor(read.rows.length / 2);
    read.rows.slice(0, half).forEach((r) => keep.add(r.index));
    cut = `(no Ledig fra column: first ${half} data rows)`;
  }
  const sub = table.filter((_, i) => i <= read.headerIndex || keep.has(i));
  const variant = ((seed % 3) + 3) % 3;
  if (variant === 0) return { sub, second: table, cut: `${cut}; part 2 = whole table` };
  if (variant === 2) {
    const second = table.filter((_, i) => i <= read.headerIndex || !keep.has(i));
    return { sub, second, cut: `${cut}; part 2 = only the rows after the cut` };
  }
  const c = read.columns;
  const second = table.map((row, i) => {
    if (!keep.has(i)) return row;
    const r = [...row];
    if (c.housingType !== undefined) r[c.housingType] = 'Ungdomsbolig';
    if (c.lettingType !== undefined) r[c.lettingType] = 'Intern';
    if (c.rentInclConsumption !== undefined) r[c.rentInclConsumption] = 9999;
    return r;
  });
  return { sub, second, cut: `${cut}; part 2 = whole table with the part-1 rows edited` };
}

interface Failure {
  kind: string;
  agreement: string;
  seed: number;
  table: Table;
  extra: string;
  diff: Diff;
  /** Names a hand-written edge table, else ''. */
  name: string;
}

/** Removes data rows and columns while the same kind of disagreement remains (fresh runs only). */
async function shrink(table: Table, agreement: Agreement, id: string, kind: string, deadline: number): Promise<Table> {
  const fails = async (t: Table): Promise<boolean> => {
    let o;
    try {
      o = oracleDecide(t, id);
    } catch {
      return false;
    }
    const p = await productRun(t, agreement, null);
    return compareDecisions('fresh', p, o).some((d) => d.kind === kind);
  };
  let cur = table;
  let budget = 250;
  // rows (keep the header: the first non-empty row)
  for (let i = cur.length - 1; i >= 0 && budget > 0 && Date.now() < deadline; i--) {
    if (i >= cur.length) continue;
    const cand = cur.filter((_, k) => k !== i);
    budget--;
    if (await fails(cand)) cur = cand;
  }
  // columns
  const width = Math.max(0, ...cur.map((r) => r.length));
  for (let j = width - 1; j >= 0 && budget > 0 && Date.now() < deadline; j--) {
    const cand = cur.map((r) => r.filter((_, k) => k !== j));
    budget--;
    if (await fails(cand)) cur = cand;
  }
  return cur;
}

function report(failures: Failure[], total: number, shrunk: Map<string, Table>): string {
  const byKind = new Map<string, Failure[]>();
  for (const f of failures) {
    const list = byKind.get(f.kind) ?? [];
    list.push(f);
    byKind.set(f.kind, list);
  }
  const parts: string[] = [`${failures.length} disagreements in ${total} comparisons, ${byKind.size} kinds:`];
  const rank = (k: string): number => (k.includes(' fresh:') ? 0 : k.includes('split part 1') ? 1 : 2);
  const kinds = [...byKind.entries()].sort((x, y) => rank(x[0]) - rank(y[0]) || y[1].length - x[1].length);
  for (const [kind, list] of kinds) {
    const agreements = [...new Set(list.map((f) => f.agreement))].join(', ');
    parts.push(`\n=== ${kind} — ${list.length}× (agreements: ${agreements}; seeds: ${[...new Set(list.map((f) => f.seed))].slice(0, 8).join(',')})`);
    for (const f of list.slice(0, MAX_EXAMPLES_PER_KIND)) {
      const key = `${f.kind}|${f.agreement}|${f.seed}`;
      const t = shrunk.get(key);
      parts.push(`  agreement ${f.agreement}, seed ${f.seed}${f.extra ? `, ${f.extra}` : ''}${f.name}`);
      parts.push(`  ${f.diff.row !== null ? `sheet row ${f.diff.row}: ` : ''}\n    ${f.diff.detail}`);
      parts.push(t ? `  shrunk table:\n${describeTable(t)}` : `  table:\n${describeTable(f.table)}`);
    }
  }
  return parts.join('\n');
}

jest.setTimeout(120_000);

describe('product vs independent DOMAIN.md oracle on random messy sheets', () => {
  const agreements = new Map(AGREEMENTS.map((id) => [id, load(id)]));
  const randomTables = Array.from({ length: N_TABLES }, (_, k) => randomSheet(FIRST_SEED + k, { titleRow: 0.02 }));
  // Hand-written corner tables get negative "seeds" so a failure names them.
  const edges = edgeTables();
  const tables = [...randomTables, ...edges.map((e, k) => ({ seed: -(k + 1), table: e.table }))];
  const edgeName = (seed: number): string => (seed < 0 ? ` (edge table '${edges[-seed - 1].name}')` : '');

  test('the generated tables reach the situations DOMAIN.md names', () => {
    const c: Record<string, number> = {};
    const bump = (k: string, n = 1): void => {
      c[k] = (c[k] ?? 0) + n;
    };
    for (const { table } of randomTables) {
      const read = oracleRead(table, ORACLE_OPTIONS);
      if (!read.ok) {
        bump('sheet error');
        continue;
      }
      if (!read.hasDates) bump('table without Ledig fra');
      if (read.headerIndex > 0) bump('leading empty rows');
      const firstByKey = new Map<string, (typeof read.rows)[number]>();
      for (const r of read.rows) {
        bump(r.vacancy ? 'valid row' : 'error row');
        if (r.errors.some((e) => e.includes('samme Lejemål'))) {
          bump('duplicate row');
          const first = firstByKey.get(`${r.unitId}|${r.vacantFrom}`);
          if (first && first.errors.length > 0) bump('duplicate of an earlier error row (A6)');
        } else if (!firstByKey.has(`${r.unitId}|${r.vacantFrom}`)) firstByKey.set(`${r.unitId}|${r.vacantFrom}`, r);
        if (r.errors.some((e) => e.includes('gyldig dato'))) bump('bad date');
        if (r.errors.some((e) => e.includes('ikke et tal'))) bump('bad number');
        if (r.errors.some((e) => e.includes('ukendt værdi'))) bump('bad label');
        if (r.errors.some((e) => e.includes('Lejemål mangler'))) bump('empty Lejemål');
        if (r.vacancy?.lettingType === 'intern') bump('intern');
        if (r.vacancy && r.vacancy.areaStatus !== '') bump('area status');
        if (r.vacancy?.rentInclConsumption === 4000 || r.vacancy?.rentInclConsumption === 6000) bump('rent on a boundary');
      }
      for (const row of table)
        for (const cell of row) {
          if (cell instanceof Date) bump('Date cell');
          if (typeof cell === 'number' && cell > 40000 && cell < 50000) bump('serial-looking number');
        }
      const f = oracleDecide(table, 'faaborg-flex');
      const capped = f.decisions.filter((d) => d.outcome === 'waitlist' && d.position !== null && d.position % 4 === 0).length;
      if (capped > 0) bump('cap bites (faaborg-flex)');
    }
    const need: Record<string, number> = {
      'sheet error': 5,
      'table without Ledig fra': 20,
      'leading empty rows': 50,
      'duplicate row': 20,
      'duplicate of an earlier error row (A6)': 1,
      'bad date': 20,
      'bad number': 20,
      'bad label': 20,
      'empty Lejemål': 20,
      intern: 100,
      'area status': 100,
      'rent on a boundary': 50,
      'Date cell': 100,
      'serial-looking number': 100,
      'cap bites (faaborg-flex)': 20,
    };
    if (process.env.DIFF_VERBOSE) console.log(c);
    const missing = Object.keys(need).filter((k) => (c[k] ?? 0) < need[k]);
    expect({ missing, counts: c }).toEqual({ missing: [], counts: c });
  });

  test.each(AGREEMENTS)('%s: fresh, split and re-run agree with the oracle', async (id) => {
    const agreement = agreements.get(id)!;
    const failures: Failure[] = [];
    let comparisons = 0;
    let rowsCompared = 0;
    for (const { seed, table } of tables) {
      const add = (diffs: Diff[], extra = '', t: Table = table): void => {
        for (const diff of diffs) failures.push({ kind: `${id} ${diff.kind}`, agreement: id, seed, table: t, extra, diff, name: edgeName(seed) });
      };
      // 1. fresh run
      const o = oracleDecide(table, id);
      const p = await productRun(table, agreement, null);
      comparisons++;
      rowsCompared += o.decisions.length;
      const freshDiffs = compareDecisions('fresh', p, o);
      add(freshDiffs);
      if (freshDiffs.length === 0 && o.sheetError === null && p.sheetError === null) add(compareState('fresh', p.state, o.state));

      // 2. split run: rows before the cut, state saved and re-read, then the whole table
      const split = splitTable(table, seed);
      if (split && p.sheetError === null) {
        const o1 = oracleDecide(split.sub, id);
        const p1 = await productRun(split.sub, agreement, null);
        const o2 = oracleDecide(split.second, id, o1.state);
        const p2 = await productRun(split.second, agreement, roundTrip(p1.state, id));
        comparisons += 2;
        const extra = `split at ${split.cut}`;
        const part1Diffs = compareDecisions('split part 1', p1, o1);
        add(part1Diffs, extra, split.sub);
        // Differences in part 1 carry into part 2 through the state; say so in the kind.
        const after = part1Diffs.length > 0 ? ' (after a part-1 difference)' : '';
        const tag = (ds: Diff[]): Diff[] => ds.map((d) => ({ ...d, kind: d.kind + after }));
        const part2Diffs = compareDecisions('split part 2 (saved state)', p2, o2);
        add(tag(part2Diffs), extra, split.second);
        if (p2.state && part2Diffs.length === 0 && part1Diffs.length === 0) add(compareState('split end', p2.state, o2.state), extra);

        // 3. re-run with the final state: nothing changes, on either side
        const o3 = oracleDecide(split.second, id, o2.state);
        const p3 = await productRun(split.second, agreement, roundTrip(p2.state, id));
        comparisons++;
        add(tag(compareDecisions('re-run with final state', p3, o3)), extra, split.second);
        const strip = (ds: Decision[]): string => JSON.stringify(ds.map((d) => [d.row, d.unitId, d.outcome, d.pool, d.position, d.rule, d.reason]));
        if (strip(p3.decisions) !== strip(p2.decisions)) {
          add([{ kind: 're-run changed product decisions', detail: 'product decisions differ between run and re-run', row: null }], extra);
        }
        if (p2.state && p3.state && serialiseState(p3.state, SAVED_AT) !== serialiseState(p2.state, SAVED_AT)) {
          add([{ kind: 're-run changed product state', detail: 'serialised state differs after a re-run', row: null }], extra);
        }
        if (JSON.stringify(o3.decisions) !== JSON.stringify(o2.decisions)) {
          throw new Error(`oracle self-check: re-run changed the oracle's decisions (seed ${seed})`);
        }
      }
    }
    // Shrink the first example of each kind found in a fresh run.
    const shrunk = new Map<string, Table>();
    const deadline = Date.now() + 1200; // shrinking is a courtesy; keep the suite fast
    const seenKinds = new Set<string>();
    for (const f of failures) {
      if (seenKinds.has(f.kind)) continue;
      seenKinds.add(f.kind);
      if (f.kind.startsWith(`${id} fresh:`) && !f.kind.includes('counters') && !f.kind.includes('capUse') && !f.kind.includes('ledger')) {
        shrunk.set(`${f.kind}|${f.agreement}|${f.seed}`, await shrink(f.table, agreement, id, f.diff.kind, deadline));
      }
    }
    if (failures.length > 0) throw new Error(report(failures, comparisons, shrunk));
    expect(comparisons).toBeGreaterThanOrEqual(N_TABLES);
    expect(rowsCompared).toBeGreaterThan(N_TABLES * 5);
  });
});
