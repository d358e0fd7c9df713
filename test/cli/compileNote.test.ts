import { writeFileSync } from 'fs';
import { join } from 'path';
import * as da from '../../src/core/da';
import { cli, rules, tempDir, writeCsv } from './harness';

const SHEET = [
  ['Lejemål', 'Afdeling', 'Boligtype', 'Husleje', 'Ledig fra'],
  ['A1', '103', 'familie', '3500', '2024-02-01'],
  ['A2', '104', 'familie', '5000', '2024-02-02'],
];

describe('the summary says when json-rules-engine, not the compiled rules, decides', () => {
  test('a decorated operator: the rule, the construct and its place; the JSON output stays as it is', async () => {
    const d = tempDir();
    const input = writeCsv(d, 'ledige.csv', SHEET);
    const agreement = join(d, 'aftale.json');
    const rule = { name: 'Ikke afdeling 103', conditions: { all: [{ fact: 'department', operator: 'not:equal', value: '103' }] }, event: { type: 'allocate' } };
    writeFileSync(agreement, JSON.stringify({ id: 'dekoreret', name: 'Dekoreret', rules: [rule] }));
    const table = await cli('allocate', '--agreement', agreement, '--input', input);
    expect(table.code).toBe(0);
    const note = da.compile.refusal({ refused: 'decoratedOperator', path: ['all', 0, 'operator'], name: 'not:equal', rule: 'Ikke afdeling 103', ruleIndex: 0 }, 'rules[0].conditions.all[0].operator');
    expect(table.out).toContain(note);
    const json = await cli('allocate', '--agreement', agreement, '--input', input, '--format', 'json');
    expect(JSON.parse(json.out).decisions.map((x: { outcome: string }) => x.outcome)).toEqual(['waitlist', 'municipality']);
    expect(json.out).not.toContain('json-rules-engine');
  });

  test('a bundled agreement compiles: no such line', async () => {
    const d = tempDir();
    const { out } = await cli('allocate', '--agreement', rules('randers-bolig'), '--input', writeCsv(d, 'ledige.csv', SHEET));
    expect(out).not.toContain('json-rules-engine');
  });
});
