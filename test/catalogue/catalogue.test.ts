import { createHash } from 'crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'fs';
import { join } from 'path';
import { CATALOGUE, Case } from '../../scripts/catalogue';
import { cli, tempDir } from '../cli/harness';
import { NOT_OURS } from '../support/danish';

/** Every file and directory under `dir`: its kind, mode and contents, so any change shows. */
function snapshot(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) out.set(path, `link → ${readlinkSync(path)}`);
    else if (stat.isDirectory()) {
      out.set(path, 'directory');
      snapshot(path, out);
    } else out.set(path, `file ${(stat.mode & 0o777).toString(8)} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`);
  }
  return out;
}

test('the catalogue has at least 150 cases, of every kind, with distinct names', () => {
  expect(CATALOGUE.length).toBeGreaterThanOrEqual(150);
  const families = new Map<string, number>();
  for (const c of CATALOGUE) families.set(c.family, (families.get(c.family) ?? 0) + 1);
  expect([...families.keys()].sort()).toEqual(['aftale', 'ark', 'kommandolinje', 'tilstand']);
  for (const n of families.values()) expect(n).toBeGreaterThanOrEqual(15);
  const names = CATALOGUE.map((c) => `${c.family}: ${c.name}`);
  expect(new Set(names).size).toBe(names.length);
});

describe.each(['ark', 'aftale', 'tilstand', 'kommandolinje'])('%s', (family) => {
  test.each(CATALOGUE.filter((c) => c.family === family).map((c): [string, Case] => [c.name, c]))('%s', async (_, c) => {
    const dir = tempDir();
    const expected = await c.setup(dir);
    const before = snapshot(dir);
    const r = await cli(...expected.argv);

    // The README's exit code, with what was said if it is not.
    expect({ code: r.code, said: r.err }).toEqual({ code: expected.code, said: expect.anything() });
    // A Danish message that names the row, column, field, option or file.
    expect(expected.code === 0 ? r.out + r.err : r.err).toMatch(expected.message);
    // A failed run prints no result: the message alone, on stderr.
    if (expected.code !== 0) expect(r.out).toBe('');
    expect(r.out + r.err).not.toMatch(NOT_OURS);

    const after = snapshot(dir);
    const written = expected.code === 0 ? (expected.writes ?? []) : [];
    // The input, the agreement and the state as they were (the state too, whenever the run fails).
    for (const [path, was] of before) if (!written.includes(path)) expect([path, after.get(path)]).toEqual([path, was]);
    // Nothing half-written, no temporary file: only what a completed run says it writes.
    expect([...after.keys()].filter((p) => !before.has(p)).sort()).toEqual(written.filter((p) => !before.has(p)).sort());
    for (const path of written) expect(after.has(path)).toBe(true);
    expect(expected.verify?.() ?? null).toBeNull();
  });
});
