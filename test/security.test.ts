import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { ROOT } from './helpers';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : p.endsWith('.ts') || p.endsWith('.tsx') ? [p] : [];
  });
}

const atLeast = (version: string, minimum: string) => {
  const [a, b] = [version, minimum].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
};

test('jsonpath-plus (pulled in by json-rules-engine) is at a version without the known code-execution advisories', () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'node_modules/jsonpath-plus/package.json'), 'utf8'));
  expect(atLeast(version, '10.4.0')).toBe(true);
});

test('no text from a sheet or an agreement is ever turned into code: no eval or new Function in src', () => {
  for (const file of filesUnder(join(ROOT, 'src'))) {
    const code = readFileSync(file, 'utf8');
    expect({ file, hit: /\beval\s*\(|new\s+Function\s*\(/.test(code) }).toEqual({ file, hit: false });
  }
});

test('the command line reaches xlsx only through src/file, and src/app and src/ui not at all; components render, the jobs are in src/app', () => {
  const exceljs = /from\s+['"]exceljs['"]|require\(['"]exceljs/;
  for (const dir of ['src/cli', 'src/app', 'src/ui']) {
    for (const file of filesUnder(join(ROOT, dir))) expect({ file, hit: exceljs.test(readFileSync(file, 'utf8')) }).toEqual({ file, hit: false });
  }
  // What the workbook stores is read and changed by the jobs, not by a component.
  for (const file of filesUnder(join(ROOT, 'src/ui'))) {
    expect({ file, hit: /\b(loadStored|saveStored|readData|readDataAndStored|parseState)\s*\(/.test(readFileSync(file, 'utf8')) }).toEqual({ file, hit: false });
  }
});

test("the core imports nothing from Office.js, React, Node's fs or the xlsx library", () => {
  const forbidden = /from\s+['"](fs|node:fs|path|exceljs|xlsx|react|react-dom|@fluentui\/[^'"]*|office-[^'"]*)['"]|\b(Office|Excel)\.(run|onReady|context|RequestContext)\b/;
  for (const file of filesUnder(join(ROOT, 'src/core'))) {
    expect({ file, hit: forbidden.test(readFileSync(file, 'utf8')) }).toEqual({ file, hit: false });
  }
});
