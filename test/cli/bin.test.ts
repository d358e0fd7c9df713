import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { ROOT } from '../helpers';
import { tempDir, writeCsv } from './harness';

/** The installed command (bin/anvisning.js → compiled lib/), as a real process with real exit codes. */
function anvisning(...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'bin/anvisning.js'), ...args], { encoding: 'utf8', cwd: ROOT });
}

test('a completed run exits 0 and prints JSON on stdout', () => {
  const d = tempDir();
  const input = writeCsv(d, 'in.csv', [
    ['Lejemål', 'Boligtype'],
    ['A', 'familie'],
    ['B', 'Erhverv'],
  ]);
  const r = anvisning('allocate', '--agreement', 'rules/standard-25.json', '--input', input, '--format', 'json');
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout).decisions.map((d: { outcome: string }) => d.outcome)).toEqual(['waitlist', 'error']);
});

test('wrong usage exits 2, a bad agreement exits 1, with Danish on stderr', () => {
  const usage = anvisning('allocate');
  expect(usage.status).toBe(2);
  expect(usage.stderr).toContain('Tilvalget --agreement skal angives');
  const d = tempDir();
  const bad = writeCsv(d, 'aftale.json', [['{"rules": 7}']]);
  const agreement = anvisning('allocate', '--agreement', bad, '--input', writeCsv(d, 'in.csv', [['Lejemål'], ['A']]));
  expect(agreement.status).toBe(1);
  expect(agreement.stderr).toContain('rules');
  expect(agreement.stdout).toBe('');
});

test('JSON into a pipe is the JSON written to a file; a reader that stops early ends the run quietly, exit 0', () => {
  const d = tempDir();
  const rows = [['Lejemål', 'Boligtype', 'Ledig fra'], ...Array.from({ length: 20_000 }, (_, i) => [`L${i}`, i % 3 ? 'familie' : 'ungdom', '01-02-2024'])];
  const input = writeCsv(d, 'in.csv', rows);
  const file = join(d, 'out.json');
  const cmd = `${JSON.stringify(process.execPath)} bin/anvisning.js allocate --agreement rules/standard-25.json --input ${JSON.stringify(input)} --format json`;
  const toFile = spawnSync('bash', ['-c', `${cmd} > ${JSON.stringify(file)}`], { encoding: 'utf8', cwd: ROOT });
  expect(toFile.status).toBe(0);
  // A slow reader: the pipe fills, and the writer must wait for it rather than queue 3 MB in memory.
  const piped = spawnSync('bash', ['-c', `${cmd} | (sleep 0.3; cat)`], { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 << 20 });
  expect(piped.status).toBe(0);
  expect(piped.stdout).toBe(readFileSync(file, 'utf8'));
  const early = spawnSync('bash', ['-c', `${cmd} | head -c 10 > /dev/null; echo "exit \${PIPESTATUS[0]}"`], { encoding: 'utf8', cwd: ROOT });
  expect(early.stdout.trim()).toBe('exit 0');
  expect(early.stderr).toBe('');
});
