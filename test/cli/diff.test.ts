import { copyFileSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { ROOT } from '../helpers';
import { cli, readXlsx, rules, tempDir, writeXlsx } from './harness';

const EXAMPLE = join(ROOT, 'examples', 'ledige-boliger.xlsx');

interface Decision {
  row: number;
  unitId: string;
  outcome: string;
  pool: string | null;
}

async function allocated(agreement: string, input: string, state?: string): Promise<Decision[]> {
  const r = await cli('allocate', '--agreement', agreement, '--input', input, '--format', 'json', ...(state ? ['--state', state] : []));
  expect(r.code).toBe(0);
  return JSON.parse(r.out).decisions;
}

/** What diff must say, worked out from two allocate runs. */
function expectedDiff(a: Decision[], b: Decision[]) {
  const summary: Record<string, [number, number]> = { municipality: [0, 0], waitlist: [0, 0], excluded: [0, 0], error: [0, 0] };
  a.forEach((d) => summary[d.outcome][0]++);
  b.forEach((d) => summary[d.outcome][1]++);
  const changed = a.flatMap((d, i) =>
    d.outcome !== b[i].outcome || d.pool !== b[i].pool ? [{ row: d.row, unitId: d.unitId, from: d.outcome, to: b[i].outcome, fromPool: d.pool, toPool: b[i].pool }] : [],
  );
  return { rows: a.length, changed, summary };
}

describe('anvisning diff', () => {
  it('--format json: exactly what running allocate twice gives, row by row, with the totals before and after', async () => {
    const r = await cli('diff', '--agreement', rules('standard-25'), '--variant', rules('randers-bolig'), '--input', EXAMPLE, '--format', 'json');
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual(['agreement', 'variant', 'rows', 'changed', 'summary']);
    for (const c of doc.changed) expect(Object.keys(c)).toEqual(['row', 'unitId', 'from', 'to', 'fromPool', 'toPool']);
    const expected = expectedDiff(await allocated(rules('standard-25'), EXAMPLE), await allocated(rules('randers-bolig'), EXAMPLE));
    expect(doc).toEqual({ agreement: 'standard-25', variant: 'randers-bolig', ...expected });
    expect(doc.changed.length).toBeGreaterThan(50);
    expect(doc.changed.some((c: { from: string; to: string }) => c.from !== c.to)).toBe(true);
  });

  it('from the same state (read, never written): as allocate from copies of it, and a vacancy in its ledger changes under neither', async () => {
    const d = tempDir();
    const state = join(d, 'tilstand.json');
    // Last week: the first half of the example under standard-25; its state holds counters and a ledger of those.
    const rows = await readXlsx(EXAMPLE);
    const half = await writeXlsx(d, 'halvdel.xlsx', { Ledige: rows.slice(0, 160) });
    await allocated(rules('standard-25'), half, state);
    const before = readFileSync(state);
    const r = await cli('diff', '--agreement', rules('standard-25'), '--variant', rules('faaborg-flex'), '--input', EXAMPLE, '--state', state, '--format', 'json');
    expect(r.code).toBe(0);
    expect(readFileSync(state)).toEqual(before);
    const a = join(d, 'a.json');
    copyFileSync(state, a);
    const b = join(d, 'b.json');
    writeFileSync(b, JSON.stringify({ ...JSON.parse(before.toString()), agreement: 'faaborg-flex' }));
    const expected = expectedDiff(await allocated(rules('standard-25'), EXAMPLE, a), await allocated(rules('faaborg-flex'), EXAMPLE, b));
    expect(JSON.parse(r.out)).toEqual({ agreement: 'standard-25', variant: 'faaborg-flex', ...expected });
    // What was decided last week keeps its decision under both; only this week's vacancies can change.
    expect(expected.changed.length).toBeGreaterThan(10);
    expect(expected.changed.every((c) => c.row > 160)).toBe(true);
  });

  it('the table: totals before and after in Danish, and each changed vacancy with its row', async () => {
    const r = await cli('diff', '--agreement', rules('standard-25'), '--variant', rules('randers-bolig'), '--input', EXAMPLE);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Udfald\s+standard-25\s+randers-bolig\s+Forskel/);
    expect(r.out).toMatch(/Kommunal anvisning\s+\d+\s+\d+\s+[-+]?\d+/);
    expect(r.out).toMatch(/boliger får et andet udfald eller en anden pulje:\n {2}Række \d+, lejemål /);
  });

  it('exit 1 for an agreement that cannot be used or a state of a third agreement; 2 without --variant', async () => {
    const d = tempDir();
    const bad = join(d, 'x.json');
    writeFileSync(bad, '{"rules": [}');
    expect((await cli('diff', '--agreement', rules('standard-25'), '--variant', bad, '--input', EXAMPLE)).code).toBe(1);
    const state = join(d, 't.json');
    await allocated(rules('ishoej-100'), EXAMPLE, state);
    const other = await cli('diff', '--agreement', rules('standard-25'), '--variant', rules('randers-bolig'), '--input', EXAMPLE, '--state', state);
    expect(other.code).toBe(1);
    expect(other.err).toContain('hører til aftalen "ishoej-100"');
    expect((await cli('diff', '--agreement', rules('standard-25'), '--input', EXAMPLE)).code).toBe(2);
  });
});
