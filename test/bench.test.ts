/**
 * `npm run bench` (issue 5) on small inputs: that every part runs and that --json gives exactly one
 * JSON object with the figures the issue lists. No speed is asserted here: at a few thousand rows
 * the times say nothing, and speed is never a test's business.
 */
import { execFileSync } from 'child_process';
import path from 'path';

const ROOT = path.resolve(__dirname, '..');
const MAIN = path.join(ROOT, 'lib', 'scripts', 'bench', 'main.js');
const ROWS = 3000;

jest.setTimeout(180_000);

function bench(args: string[]): string {
  return execFileSync(process.execPath, [MAIN, ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

beforeAll(() => {
  // What `npm run bench` compiles before it runs: the Office part's adapter and fake Excel (lib/ comes from npm test's build:cli).
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join('scripts', 'bench', 'tsconfig.office.json')], { cwd: ROOT, stdio: 'pipe' });
});

test('--json prints one JSON object with every part the issue asks for', () => {
  const report = JSON.parse(bench(['--json', `--rows=${ROWS}`]));
  expect(Object.keys(report)).toEqual(['machine', 'build', 'rules', 'cli', 'simulation', 'office', 'editor', 'targets', 'benchSeconds']);

  // Rule choice: engine.run, compiled and hand-written for each bundled agreement and the 30-rule one, choosing alike.
  expect(report.rules.agreements.map((a: { agreement: string }) => a.agreement)).toEqual([
    'standard-25',
    'randers-bolig',
    'domea-randers',
    'ishoej-100',
    'privat-udlejer',
    'faaborg-flex',
    'tretti-regler',
  ]);
  for (const a of report.rules.agreements) {
    expect(a).toMatchObject({ rows: ROWS, mismatches: 0 });
    for (const rate of [a.engineRowsPerSecond, a.compiledRowsPerSecond, a.handRowsPerSecond]) expect(rate).toBeGreaterThan(0);
  }
  expect(report.rules.agreements.find((a: { agreement: string }) => a.agreement === 'tretti-regler').rules).toBe(30);

  // The command line: seconds and peak memory, both formats.
  expect(report.cli.runs.map((r: { format: string }) => r.format)).toEqual(['json', 'table']);
  for (const r of report.cli.runs) {
    expect(r).toMatchObject({ rows: ROWS, exitCode: 0 });
    expect(r.seconds).toBeGreaterThan(0);
    expect(r.peakRssMB).toBeGreaterThan(0);
  }

  expect(report.simulation).toMatchObject({ rows: ROWS, variants: 20 });
  expect(report.simulation.firstRunSeconds).toBeGreaterThan(0);

  // The Office.js adapter: syncs and the largest request, on both hosts, first run and re-run.
  expect(report.office.runs.map((r: { run: string }) => r.run)).toEqual([
    'Excel on the web, first run',
    'Excel on the web, second run, state stored',
    'Excel on Windows and Mac, first run',
    'Excel on Windows and Mac, second run, state stored',
  ]);
  for (const r of report.office.runs) {
    expect(r.ok).toBe(true);
    expect(r.writeBlocks).toBeGreaterThanOrEqual(1);
    // A sheet this small fits one response everywhere: blocks + 2 at the most.
    expect(r.syncs).toBeLessThanOrEqual(r.writeBlocks + 2);
    expect(r.largestRequestBytes).toBeGreaterThan(0);
    expect(r.largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
  }

  // The editor's live effect after keystrokes: the draft read and the effect worked out, each timed.
  expect(report.editor).toMatchObject({ rows: ROWS, agreement: 'randers-bolig', keystrokes: 15 });
  for (const ms of [report.editor.readDraftMs, report.editor.effectMs]) expect(ms.max).toBeGreaterThanOrEqual(ms.median);
  expect(report.editor.effectMs.median).toBeGreaterThan(0);

  expect(report.targets.length).toBeGreaterThan(20);
  for (const t of report.targets) expect(typeof t.met).toBe('boolean');
});

test('without --json it prints the figures and the targets as text', () => {
  const text = bench(['--only=office', '--rows=500']);
  expect(text).toContain('Excel on the web, first run: ok');
  expect(text).toMatch(/context\.sync\(\) calls \d+, write blocks \d+/);
  expect(text).toContain('Targets:');
});
