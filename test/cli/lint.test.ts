import { writeFileSync } from 'fs';
import { join } from 'path';
import { BUNDLED, ROOT } from '../helpers';
import { cli, rules, tempDir, writeCsv } from './harness';

const EXAMPLE = join(ROOT, 'examples', 'ledige-boliger.xlsx');

function agreementFile(dir: string, json: object): string {
  const path = join(dir, 'aftale.json');
  writeFileSync(path, JSON.stringify(json));
  return path;
}

const leaf = (fact: string, operator: string, value: unknown) => ({ fact, operator, value });
const rule = (name: string, priority: number, all: object[], event: object = { type: 'allocate' }) => ({ name, priority, conditions: { all }, event });

/** One agreement with every finding: a rule under another, a forgotten pool, a gap at 4.000, and (with the sheet) a rule that decides nothing, a department no row has, two organisations in one pool. */
const CRAFTED = {
  id: 'alle-fund',
  pools: [
    { name: 'billige', every: 3 },
    { name: 'glemt', label: 'Glemt pulje', every: 4 },
  ],
  rules: [
    rule('Billige familieboliger', 5, [leaf('housingType', 'equal', 'familie'), leaf('rentInclConsumption', 'lessThan', 4000)], { type: 'quota', params: { pool: 'billige' } }),
    rule('Billige i afd. 103', 4, [leaf('housingType', 'equal', 'familie'), leaf('rentInclConsumption', 'lessThan', 3000), leaf('department', 'equal', '103')]),
    rule('Dyre', 3, [leaf('rentInclConsumption', 'greaterThan', 4000)], { type: 'waitlist' }),
    rule('Afd. 999', 2, [leaf('department', 'in', ['103', '999'])], { type: 'exclude' }),
  ],
};
const SHEET = [
  ['Lejemål', 'Boligorganisation', 'Afdeling', 'Boligtype', 'Husleje', 'Ledig fra'],
  ['1', 'Randers Bolig', '103', 'Familiebolig', 3000, '2024-01-02'],
  ['2', 'Domea Randers', '106', 'Familiebolig', 3500, '2024-01-03'],
  ['3', 'Domea Randers', '106', 'Familiebolig', 5000, '2024-01-04'],
];

describe('anvisning lint', () => {
  it('--format json: exactly {agreement, findings: [{code, rule, pool, fact, value, message}]}, each code of DOMAIN.md and mixedOrganisations; exit 0', async () => {
    const d = tempDir();
    const { code, out, err } = await cli('lint', '--agreement', agreementFile(d, CRAFTED), '--input', writeCsv(d, 'uge.csv', SHEET), '--format', 'json');
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(['agreement', 'findings']);
    expect(doc.agreement).toBe('alle-fund');
    for (const f of doc.findings) expect(Object.keys(f)).toEqual(['code', 'rule', 'pool', 'fact', 'value', 'message']);
    expect(doc.findings.map((f: Record<string, unknown>) => [f.code, f.rule, f.pool, f.fact, f.value])).toEqual([
      ['shadowed', 'Billige i afd. 103', null, null, null],
      ['unusedPool', null, 'glemt', null, null],
      ['boundary', 'Dyre', null, 'rentInclConsumption', 4000],
      ['noHits', 'Billige i afd. 103', null, null, null],
      ['noHits', 'Afd. 999', null, null, null],
      ['unknownValue', 'Afd. 999', null, 'department', '999'],
      ['mixedOrganisations', null, 'billige', 'organisation', null],
    ]);
    for (const f of doc.findings) expect(f.message).toMatch(/^(Reglen|Puljen) '/);
  });

  it('without --input only what the agreement alone shows; the table is Danish', async () => {
    const d = tempDir();
    const { code, out } = await cli('lint', '--agreement', agreementFile(d, CRAFTED));
    expect(code).toBe(0);
    expect(out).toContain('3 bemærkninger til aftalen:');
    expect(out).toContain("  – Reglen 'Billige i afd. 103' (nr. 2) afgør aldrig en bolig");
    expect(out).not.toContain('afgør ingen af arkets');
  });

  test.each(BUNDLED)('%s: no findings of its own, exit 0', async (id) => {
    const { code, out } = await cli('lint', '--agreement', rules(id), '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ agreement: id, findings: [] });
  });

  it('the example sheet mixes four housing organisations: every pool of the Randers agreement is told so', async () => {
    const { out } = await cli('lint', '--agreement', rules('randers-bolig'), '--input', EXAMPLE, '--format', 'json');
    const mixed = JSON.parse(out).findings.filter((f: { code: string }) => f.code === 'mixedOrganisations');
    expect(mixed.map((f: { pool: string }) => f.pool)).toEqual(['under-4000', '4000-6000']);
    expect(mixed[0].message).toContain('4 boligorganisationer');
  });

  it('exit 1 when the agreement cannot be used or the sheet cannot be read, 2 on wrong usage', async () => {
    const d = tempDir();
    const bad = agreementFile(d, { rules: [rule('x', 1, [leaf('rentt', 'lessThan', 1)])] });
    const r = await cli('lint', '--agreement', bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain('mente du "rent"?');
    expect((await cli('lint', '--agreement', rules('standard-25'), '--input', writeCsv(d, 'x.csv', [['Husleje'], ['1']]))).code).toBe(1);
    expect((await cli('lint')).code).toBe(2);
    expect((await cli('lint', '--agreement', rules('standard-25'), '--input', join(d, 'x.pdf'))).code).toBe(2);
  });
});
