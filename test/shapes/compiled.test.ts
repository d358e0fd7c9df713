import { accessor } from '../../src/core/agreement/compile';
import { buildDispatch, DispatchNode } from '../../src/core/allocation/dispatch';
import { compileChooser, createEngineChooser } from '../../src/core/allocation/ruleChooser';
import { readSheet, Vacancy } from '../../src/core';
import { bundled } from '../helpers';
import { bigSheet } from '../port/fixtures';

/** departmentGroup goes through the compiler and the decision tree, as every fact does: no fall-back to json-rules-engine. */
test('the framework agreement compiles, branches on the group, and chooses as the engine does', async () => {
  const a = bundled('rammeaftale-grupper');
  const root = buildDispatch(a);
  if (!(root instanceof DispatchNode)) throw new Error(`refused: ${JSON.stringify(root)}`);
  const reads: unknown[] = [];
  const walk = (n: DispatchNode): void => {
    if (n.table === null) return;
    reads.push(n.read);
    for (const child of n.table.values()) walk(child);
    walk(n.other!);
  };
  walk(root);
  expect(reads).toContain(accessor('departmentGroup'));
  const compilation = compileChooser(a);
  if (!compilation.ok) throw new Error(`refused: ${JSON.stringify(compilation.refusal)}`);
  const compiled = compilation.choose;
  const engine = createEngineChooser(a);
  const sheet = readSheet(bigSheet(600));
  if (!sheet.ok) throw new Error(sheet.error.code);
  for (const [i, row] of sheet.rows.entries()) {
    const v: Vacancy = { ...row.vacancy!, departmentGroup: ['A', 'B', 'C', ''][i % 4] };
    expect(compiled(v)?.index ?? null).toBe((await engine(v))?.index ?? null);
  }
});
