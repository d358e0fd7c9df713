import * as fs from 'fs';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { emptyState, serialiseState } from '../../src/core';
import { Staging } from '../../src/file/staging';
import { readStateFile, stateProblem } from '../../src/file/stateFile';

const dir = () => mkdtempSync(join(tmpdir(), 'anvisning-state-'));

/** Stages and commits texts as one run would. */
async function writeAll(files: [string, string][], fsImpl: typeof fs = fs): Promise<void> {
  const staging = new Staging(fsImpl);
  try {
    for (const [path, text] of files) await staging.stage(path, (temp) => fsImpl.writeFileSync(temp, text, 'utf8'), stateProblem);
    staging.commit();
  } finally {
    staging.discard();
  }
}

const systemError = (code: string) => Object.assign(new Error(`${code}: english text`), { code });

test("writes the whole file, keeps the old file's permissions, and leaves no temporary file behind", async () => {
  const d = dir();
  const path = join(d, 'tilstand.json');
  writeFileSync(path, 'gammel', { mode: 0o640 });
  fs.chmodSync(path, 0o640);
  await writeAll([[path, 'ny']]);
  expect(readFileSync(path, 'utf8')).toBe('ny');
  expect(statSync(path).mode & 0o777).toBe(0o640);
  expect(readdirSync(d)).toEqual(['tilstand.json']);
});

test('a write that fails half way leaves the old file exactly as it was, and says why in Danish', async () => {
  const d = dir();
  const path = join(d, 'tilstand.json');
  writeFileSync(path, 'gammel tilstand');
  const failing = {
    ...fs,
    writeFileSync: (p: fs.PathOrFileDescriptor, data: string | NodeJS.ArrayBufferView) => {
      fs.writeFileSync(p, String(data).slice(0, 3)); // a partial temporary file, then the disk gives up
      throw systemError('ENOSPC');
    },
  };
  await expect(writeAll([[path, 'ny tilstand']], failing)).rejects.toThrow(/^Tilstanden kunne ikke gemmes i .*: der er ikke mere plads på disken\. Intet fra kørslen er gemt/);
  expect(readFileSync(path, 'utf8')).toBe('gammel tilstand');
  expect(readdirSync(d)).toEqual(['tilstand.json']);
});

test('when the second rename fails, the first file is put back: both are saved or neither', async () => {
  const d = dir();
  const [a, b] = [join(d, 'ud.csv'), join(d, 'tilstand.json')];
  writeFileSync(a, 'gammelt resultat');
  writeFileSync(b, 'gammel tilstand');
  let renames = 0;
  const failing = {
    ...fs,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      if (String(to) === b && ++renames === 1) throw systemError('EBUSY');
      fs.renameSync(from, to);
    },
  };
  await expect(
    writeAll(
      [
        [a, 'nyt resultat'],
        [b, 'ny tilstand'],
      ],
      failing,
    ),
  ).rejects.toThrow(/filen er i brug af et andet program/);
  expect(readFileSync(a, 'utf8')).toBe('gammelt resultat');
  expect(readFileSync(b, 'utf8')).toBe('gammel tilstand');
  expect(readdirSync(d).sort()).toEqual(['tilstand.json', 'ud.csv']);
});

test('a new file that cannot be moved into place is not left behind either', async () => {
  const d = dir();
  const [a, b] = [join(d, 'ud.csv'), join(d, 'tilstand.json')];
  const failing = {
    ...fs,
    renameSync: (from: fs.PathLike, to: fs.PathLike) =>
      String(to) === b
        ? (() => {
            throw systemError('EPERM');
          })()
        : fs.renameSync(from, to),
  };
  await expect(
    writeAll(
      [
        [a, 'nyt'],
        [b, 'ny'],
      ],
      failing,
    ),
  ).rejects.toThrow(/Tilstanden kunne ikke gemmes/);
  expect(readdirSync(d)).toEqual([]);
});

test("no file yet is a first run; a corrupt, foreign or other agreement's file is refused", () => {
  const d = dir();
  expect(readStateFile(join(d, 'mangler.json'), 'a')).toBeNull();
  const cases: [string, RegExp][] = [
    ['{"format": "anvisning-tilstand", "version": 1, "agree', /ikke gyldig JSON/],
    ['{"counters": {}}', /ikke en tilstandsfil/],
    [serialiseState(emptyState('b')), /hører til aftalen "b", ikke til "a"/],
    [serialiseState(emptyState('a')).replace('"counters": {}', '"counters": {"p": -1}'), /counters/],
    [serialiseState(emptyState('a')).replace('"ledger": []', '"ledger": [{"unitId": 5}]'), /ledger/],
  ];
  for (const [text, message] of cases) {
    const path = join(d, 'tilstand.json');
    writeFileSync(path, text);
    expect(() => readStateFile(path, 'a')).toThrow(message);
    expect(readFileSync(path, 'utf8')).toBe(text);
  }
});
