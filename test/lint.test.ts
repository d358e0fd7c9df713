import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cycles, importGraph } from '../scripts/check-imports';
import { ROOT } from './helpers';

/** ESLint's verdict on a text as if it were the file at `path` of this repository. */
function lint(path: string, text: string): { rules: string[]; status: number | null } {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--format', 'json', '--stdin', '--stdin-filename', path], {
    cwd: ROOT,
    input: text,
    encoding: 'utf8',
  });
  const report = JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[];
  return { rules: report.flatMap((f) => f.messages.map((m) => m.ruleId ?? '')), status: run.status };
}

describe('the layering, held by the linter', () => {
  it('refuses React, exceljs, Node and the adapters in the core', () => {
    const verdict = lint(
      'src/core/allocation/x.ts',
      "import { useState } from 'react';\nimport ExcelJS from 'exceljs';\nimport { readFileSync } from 'fs';\nimport { OfficeWorkbook } from '../../excel/officeWorkbook';\nexport const all = [useState, ExcelJS, readFileSync, OfficeWorkbook];\n",
    );
    expect(verdict.status).toBe(1);
    expect(verdict.rules).toEqual(['no-restricted-imports', 'no-restricted-imports', 'no-restricted-imports', 'no-restricted-imports']);
  });

  it('lets the core import itself, and a file of its own that is called path', () => {
    expect(
      lint('src/core/agreement/x.ts', "import { formatPath } from './path';\nimport { Agreement } from '../types';\nexport const all: [unknown, Agreement | null] = [formatPath, null];\n"),
    ).toEqual({ rules: [], status: 0 });
  });

  it('refuses an adapter in the pane', () => {
    const verdict = lint(
      'src/ui/X.tsx',
      "import { OfficeWorkbook } from '../excel/officeWorkbook';\nimport { ExceljsWorkbook } from '../file/exceljsWorkbook';\nexport const all = [OfficeWorkbook, ExceljsWorkbook];\n",
    );
    expect(verdict.rules).toEqual(['no-restricted-imports', 'no-restricted-imports']);
  });

  it('outside the core, a core folder is used through its entry only', () => {
    expect(lint('src/excel/x.ts', "import { planResultWrite } from '../core/results/resultPlan';\nexport const all = [planResultWrite];\n").rules).toEqual(['no-restricted-imports']);
    expect(lint('src/ui/X.tsx', "import { readSheet } from '../core/sheet/readSheet';\nexport const all = [readSheet];\n").rules).toEqual(['no-restricted-imports']);
    expect(lint('src/excel/x.ts', "import { planResultWrite } from '../core/results';\nimport * as da from '../core/da';\nexport const all = [planResultWrite, da];\n")).toEqual({
      rules: [],
      status: 0,
    });
  });

  it('refuses eval and new Function anywhere', () => {
    expect(lint('src/app/x.ts', 'export const f = (text: string) => [eval(text), new Function(text)];\n').rules).toEqual(['no-eval', 'no-new-func']);
  });
});

describe('import cycles', () => {
  it('finds a cycle through an index file and a type-only import, and none in a chain', () => {
    const root = mkdtempSync(join(tmpdir(), 'cycles-'));
    mkdirSync(join(root, 'src', 'core'), { recursive: true });
    writeFileSync(join(root, 'src', 'core', 'index.ts'), "export { a } from './a';\n");
    writeFileSync(join(root, 'src', 'core', 'a.ts'), "import type { B } from './b';\nexport const a = (b: B) => b;\n");
    writeFileSync(join(root, 'src', 'core', 'b.ts'), "import { a } from '.';\nexport type B = typeof a;\n");
    writeFileSync(join(root, 'src', 'core', 'c.ts'), "import { a } from './a';\nexport const c = a;\n");
    const found = cycles(importGraph(root));
    expect(found.map((c) => c.map((f) => f.slice(root.length + 1)))).toEqual([['src/core/a.ts', 'src/core/b.ts', 'src/core/index.ts']]);
  });

  it('finds none in src/', () => {
    expect(cycles(importGraph(ROOT)).map((c) => c.map((f) => f.slice(ROOT.length + 1)))).toEqual([]);
  });
});

describe('the formatter', () => {
  it('fails the check on a file that is not formatted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prettier-'));
    const file = join(dir, 'x.ts');
    writeFileSync(file, 'export const x = {a:1,b:"2"}\n');
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--config', join(ROOT, '.prettierrc.json'), '--check', file], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    writeFileSync(file, "export const x = { a: 1, b: '2' };\n");
    const again = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--config', join(ROOT, '.prettierrc.json'), '--check', file], { encoding: 'utf8' });
    expect(again.status).toBe(0);
  });
});
