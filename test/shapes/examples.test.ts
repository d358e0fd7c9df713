import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { REGISTER_FILE, REQUESTS_FILE, writeShapesExample } from '../../scripts/make-shapes-example';
import { cli, rules } from '../cli/harness';
import { ROOT } from '../helpers';

/** The example register and requests: what the script builds, and what the README says they do with the example quarter. */

const EXAMPLE = join(ROOT, 'examples', 'ledige-boliger.xlsx');

test('examples/afdelinger.csv and examples/forespoergsler.csv are exactly what scripts/make-shapes-example.ts builds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'anvisning-shapes-'));
  writeShapesExample(dir);
  for (const file of [REGISTER_FILE, REQUESTS_FILE]) expect(readFileSync(join(dir, file.split(/[\\/]/).pop()!), 'utf8')).toBe(readFileSync(join(ROOT, file), 'utf8'));
});

test('the framework agreement over the example quarter: every department of the sheet but one in the register, each group its share', async () => {
  const { code, out, err } = await cli('allocate', '--agreement', rules('rammeaftale-grupper'), '--input', EXAMPLE, '--departments', join(ROOT, REGISTER_FILE), '--format', 'json');
  expect(err).toBe('');
  expect(code).toBe(0);
  const doc = JSON.parse(out);
  expect(doc.summary).toMatchObject({ rows: 324, municipality: 62, waitlist: 236, excluded: 26 });
  expect(doc.summary.departmentsNotInRegister).toEqual([{ organisation: 'Randers Almennyttige Boligselskab', department: '61', rows: 8 }]);
  // Domea's 124 is a prevention area by the register only (the sheet's cell is empty): group C, 10 %.
  expect(doc.summary.pools.find((p: { key?: { department?: string } }) => p.key?.department === '124')).toMatchObject({ pool: 'gruppe-c', counted: 8, municipality: 0 });
});

test('the requests over the example quarter: five filled, two open, one expired', async () => {
  const { code, out } = await cli('allocate', '--agreement', rules('esbjerg-forespoergsel'), '--input', EXAMPLE, '--requests', join(ROOT, REQUESTS_FILE), '--format', 'json');
  expect(code).toBe(0);
  const r = JSON.parse(out).summary.requests;
  expect(r.date).toBe('2024-03-27');
  expect(r.filled.map((f: { request: string; daysWaited: number }) => [f.request, f.daysWaited])).toEqual([
    ['F-2024-01', 0],
    ['F-2024-02', 2],
    ['F-2024-03', 5],
    ['F-2024-05', 14],
    ['F-2024-06', 21],
  ]);
  expect(r.open.map((o: { request: string }) => o.request)).toEqual(['F-2024-04', 'F-2024-07']);
  expect(r.expired.map((e: { request: string }) => e.request)).toEqual(['F-2024-08']);
});

test('every fourth per organisation over the municipality-wide example: each of the four organisations its own every 4th', async () => {
  const { out } = await cli('allocate', '--agreement', rules('standard-25-pr-organisation'), '--input', EXAMPLE, '--format', 'json');
  const pools = JSON.parse(out).summary.pools.map((p: { key: { organisation: string }; counted: number; municipality: number }) => [p.key.organisation, p.counted, p.municipality]);
  expect(pools).toEqual([
    ['Boligforeningen Nordbo', 43, 10],
    ['Domea Randers', 68, 17],
    ['Randers Almennyttige Boligselskab', 38, 9],
    ['Randers Bolig', 82, 20],
  ]);
});
