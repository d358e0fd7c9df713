import * as fs from 'fs';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { emptyState, serialiseState } from '../../src/core';
import { readStateFile, writeFileAtomically } from '../../src/file/stateFile';

const dir = () => mkdtempSync(join(tmpdir(), 'anvisning-state-'));

test('writes the whole file and leaves no temporary file behind', () => {
  const d = dir();
  const path = join(d, 'tilstand.json');
  writeFileAtomically(path, 'ny');
  expect(readFileSync(path, 'utf8')).toBe('ny');
  expect(readdirSync(d)).toEqual(['tilstand.json']);
});

test('a write that fails half way leaves the old file exactly as it was', () => {
  const d = dir();
  const path = join(d, 'tilstand.json');
  writeFileSync(path, 'gammel tilstand');
  const failing = {
    ...fs,
    writeFileSync: (p: fs.PathOrFileDescriptor, data: string | NodeJS.ArrayBufferView) => {
      fs.writeFileSync(p, String(data).slice(0, 3)); // a partial temporary file, then the disk gives up
      throw new Error('ENOSPC: no space left on device');
    },
  };
  expect(() => writeFileAtomically(path, 'ny tilstand', failing)).toThrow(/Tilstanden kunne ikke gemmes.*ENOSPC/);
  expect(readFileSync(path, 'utf8')).toBe('gammel tilstand');
  expect(readdirSync(d)).toEqual(['tilstand.json']);
});

test('a failed rename leaves the old file and removes the temporary one', () => {
  const d = dir();
  const path = join(d, 'tilstand.json');
  writeFileSync(path, 'gammel');
  const failing = { ...fs, renameSync: () => { throw new Error('EXDEV'); } };
  expect(() => writeFileAtomically(path, 'ny', failing)).toThrow(/uændret/);
  expect(readFileSync(path, 'utf8')).toBe('gammel');
  expect(readdirSync(d)).toEqual(['tilstand.json']);
});

test('no file yet is a first run; a corrupt, foreign or other agreement\'s file is refused', () => {
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
