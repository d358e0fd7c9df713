import { spawnSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { ROOT } from '../helpers';
import { tempDir, writeCsv } from '../cli/harness';

/** `anvisning … | head`: the real command in a real pipe whose reader stops after 100 bytes. */
function throughHead(args: string[]): { status: number; stderr: string } {
  const command = ['node', join(ROOT, 'bin/anvisning.js'), ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('bash', ['-c', `${command} | head -c 100 > /dev/null; exit "\${PIPESTATUS[0]}"`], { encoding: 'utf8', cwd: ROOT });
  return { status: r.status ?? -1, stderr: r.stderr };
}

const many = [['Lejemål', 'Boligtype', 'Ledig fra'], ...Array.from({ length: 30_000 }, (_, i) => [`L${i}`, 'familie', `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`])];

test('a closed pipe ends the run quietly: no stack trace, the exit code of the run, the state saved', () => {
  const d = tempDir();
  const input = writeCsv(d, 'mange.csv', many);
  const state = join(d, 'tilstand.json');
  for (const format of ['json', 'table']) {
    const r = throughHead(['allocate', '--agreement', 'rules/standard-25.json', '--input', input, '--state', state, '--format', format]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }
  // The files were saved before anything was printed, so a closed pipe loses nothing.
  expect(existsSync(state)).toBe(true);
  expect(JSON.parse(readFileSync(state, 'utf8')).counters).toEqual({ familieboliger: 30_000 });
});

test('an error run through a closed pipe still exits with its own code', () => {
  const r = throughHead(['allocate', '--agreement', 'rules/standard-25.json', '--input', '/ingen/steder.csv']);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('findes ikke');
});

test('an output that cannot be written (a full disk behind > FILE) is told in Danish, and the exit code is 1', () => {
  const d = tempDir();
  const input = writeCsv(d, 'mange.csv', many);
  const r = spawnSync('bash', ['-c', `node '${join(ROOT, 'bin/anvisning.js')}' allocate --agreement rules/standard-25.json --input '${input}' --format json > /dev/full`], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  expect(r.stderr).toBe('Udskriften kunne ikke skrives færdig: der er ikke mere plads på disken.\n');
  expect(r.status).toBe(1);
});
