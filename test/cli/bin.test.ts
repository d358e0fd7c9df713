import { spawnSync } from 'child_process';
import { join } from 'path';
import { ROOT } from '../helpers';
import { tempDir, writeCsv } from './harness';

/** The installed command (bin/anvisning.js → compiled lib/), as a real process with real exit codes. */
function anvisning(...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'bin/anvisning.js'), ...args], { encoding: 'utf8', cwd: ROOT });
}

test('a completed run exits 0 and prints JSON on stdout', () => {
  const d = tempDir();
  const input = writeCsv(d, 'in.csv', [['Lejemål', 'Boligtype'], ['A', 'familie'], ['B', 'Erhverv']]);
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
