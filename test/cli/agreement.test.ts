import ExcelJS from 'exceljs';
import { join } from 'path';
import { BUNDLED, ROOT } from '../helpers';
import { cli, rules, tempDir, writeCsv, writeXlsx } from './harness';

const EXAMPLE = join(ROOT, 'examples', 'ledige-boliger.xlsx');

/** An agreement written as a sheet by `anvisning agreement --output`. */
async function asSheet(id: string, dir = tempDir()): Promise<string> {
  const path = join(dir, `${id}.xlsx`);
  const r = await cli('agreement', '--agreement', rules(id), '--output', path);
  expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
  return path;
}

describe('anvisning agreement: the plain reading', () => {
  it('prints every rule in decision order in Danish, its name, what happens otherwise, and the pools', async () => {
    const { code, out, err } = await cli('agreement', '--agreement', rules('randers-bolig'));
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const lines = out.split('\n');
    expect(lines[0]).toBe('Aftale: Randers Bolig: målrettet anvisning efter husleje (2023) (randers-bolig)');
    expect(lines).toContain('  1. Udlejes boligen til den interne venteliste, undtages den.');
    expect(lines).toContain('     (Intern udlejning undtages)');
    expect(lines).toContain(
      "  3. Er boligen en familiebolig, og er huslejen inkl. forbrug fra 4.000 til og med 6.000 kr., tælles den i puljen '4.000–6.000 kr. inkl. forbrug' (hver 6. går til kommunen).",
    );
    expect(lines).toContain('  Gælder ingen af reglerne, går boligen til ventelisten.');
    expect(lines).toContain("  Puljen 'Under 4.000 kr. inkl. forbrug' (under-4000): hver 3. går til kommunen.");
    expect(out.indexOf('  1. ')).toBeLessThan(out.indexOf('  2. '));
  });

  it('--format json: the reading as data', async () => {
    const { code, out } = await cli('agreement', '--agreement', rules('ishoej-100'), '--format', 'json');
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(['agreement', 'name', 'rules', 'otherwise', 'defaultOutcome', 'pools']);
    expect(doc.rules.map((r: { position: number; rule: string }) => [r.position, r.rule])).toEqual([
      [1, 'Intern udlejning undtages'],
      [2, 'Omdannelsesområde undtages'],
      [3, 'Listet område: hver 4.'],
      [4, 'Alle andre boliger til kommunen'],
    ]);
    expect(doc.rules[3].text).toBe('4. Alle andre boliger går til kommunen.');
    expect(doc.otherwise).toContain('bruges aldrig');
    expect(doc.pools).toEqual([
      { pool: 'udsatte-afdelinger', label: 'Afdelinger på de nationale lister', text: "Puljen 'Afdelinger på de nationale lister' (udsatte-afdelinger): hver 4. går til kommunen." },
    ]);
  });
});

describe('anvisning agreement --output: the agreement sheet and JSON', () => {
  it('writes a workbook with the sheet Aftale holding the tables Aftale, Puljer and Regler, with drop-downs', async () => {
    const path = await asSheet('randers-bolig');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Aftale']);
    const ws = wb.getWorksheet('Aftale')!;
    expect(ws.getTables().map((t) => (t as unknown as { table: { name: string } }).table.name)).toEqual(['Aftale', 'Puljer', 'Regler']);
    const validations = Object.values((ws as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model);
    expect(validations.map((v) => v.formulae[0])).toEqual(expect.arrayContaining(['"Undtaget,Venteliste,Kommunen,Pulje,Forespørgsel"', '"Familiebolig,Ungdomsbolig,Ældrebolig"']));
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toEqual(expect.arrayContaining(['Regel', 'Boligtype', 'Husleje inkl. forbrug', 'Udfald', 'Pulje', 'under 4.000', '4.000–6.000', 'Familiebolig', 'Intern']));
  });

  test.each(BUNDLED)('%s: JSON → sheet → JSON → allocate decides the example exactly as the bundled file does', async (id) => {
    const d = tempDir();
    const sheet = await asSheet(id, d);
    const json = join(d, `${id}-igen.json`);
    expect((await cli('agreement', '--agreement', sheet, '--output', json)).code).toBe(0);
    const expected = (await cli('allocate', '--agreement', rules(id), '--input', EXAMPLE, '--format', 'json')).out;
    for (const agreement of [sheet, json]) {
      const r = await cli('allocate', '--agreement', agreement, '--input', EXAMPLE, '--format', 'json');
      expect({ agreement, code: r.code, same: r.out === expected }).toEqual({ agreement, code: 0, same: true });
    }
  });

  it('refuses other file types and writing over its input (usage, exit 2), and names the cell of a mistake in a sheet (exit 1)', async () => {
    const d = tempDir();
    expect((await cli('agreement', '--agreement', rules('standard-25'), '--output', join(d, 'x.csv'))).code).toBe(2);
    const sheet = await asSheet('standard-25', d);
    const same = await cli('agreement', '--agreement', sheet, '--output', sheet);
    expect(same.code).toBe(2);
    expect(same.err).toContain('må ikke skrives oven i');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sheet);
    // Aftale in rows 2–8, Puljer in 11–12, Regler from 15: row 17 is the second rule, column B its Boligtype.
    wb.getWorksheet('Aftale')!.getCell('B17').value = 'Familiebolg';
    const broken = join(d, 'rettet.xlsx');
    await wb.xlsx.writeFile(broken);
    const r = await cli('allocate', '--agreement', broken, '--input', EXAMPLE);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Aftalen ${broken} kan ikke bruges – 1 fejl:`);
    expect(r.err).toContain('  Regler!B17: "Familiebolg" er ikke en kendt værdi i Boligtype – mente du "Familiebolig"?');
  });

  it('a workbook without the sheet is refused in Danish', async () => {
    const d = tempDir();
    const path = await writeXlsx(d, 'tom.xlsx', { Ark1: [['Lejemål'], ['1']] });
    const r = await cli('agreement', '--agreement', path);
    expect(r.code).toBe(1);
    expect(r.err).toContain('intet ark "Aftale"');
  });
});

describe('every command that takes --agreement takes a workbook with the sheet Aftale', () => {
  it('allocate, check, sweep and simulate print exactly what they print for the JSON agreement', async () => {
    const d = tempDir();
    const standard = await asSheet('standard-25', d);
    const randers = await asSheet('randers-bolig', d);
    const log = writeCsv(d, 'log.csv', [
      ['Lejemål', 'Boligtype', 'Husleje', 'Ledig fra', 'Udlejet til'],
      ['A1', 'familie', 3000, '2024-01-01', 'Venteliste'],
      ['A2', 'familie', 3000, '2024-01-02', 'Kommunen'],
      ['A3', 'familie', 3000, '2024-01-03', 'Venteliste'],
    ]);
    const history = join(ROOT, 'examples', 'historik.xlsx');
    const runs: [string[], string[]][] = [
      [
        ['allocate', '--agreement', rules('randers-bolig'), '--input', EXAMPLE],
        ['allocate', '--agreement', randers, '--input', EXAMPLE],
      ],
      [
        ['check', '--agreement', rules('randers-bolig'), '--input', log, '--format', 'json'],
        ['check', '--agreement', randers, '--input', log, '--format', 'json'],
      ],
      [
        ['sweep', '--agreement', rules('randers-bolig'), '--input', history, '--every', 'under-4000=2..3', '--target', '20', '--format', 'json'],
        ['sweep', '--agreement', randers, '--input', history, '--every', 'under-4000=2..3', '--target', '20', '--format', 'json'],
      ],
      [
        ['simulate', '--agreements', rules('standard-25'), rules('randers-bolig'), '--input', history, '--format', 'json'],
        ['simulate', '--agreements', standard, randers, '--input', history, '--format', 'json'],
      ],
    ];
    for (const [json, sheet] of runs) {
      const [a, b] = [await cli(...json), await cli(...sheet)];
      expect({ command: json[0], code: b.code, err: b.err, same: b.out === a.out }).toEqual({ command: json[0], code: 0, err: '', same: true });
    }
  });

  it('a workbook holding both the vacancies and the agreement: without --sheet the vacancies are read, not the sheet Aftale', async () => {
    const d = tempDir();
    const agreement = await asSheet('randers-bolig', d);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(agreement);
    const example = new ExcelJS.Workbook();
    await example.xlsx.readFile(EXAMPLE);
    const vacancies = wb.addWorksheet('Ledige');
    example.worksheets[0].eachRow((row, r) => row.eachCell((c, col) => (vacancies.getCell(r, col).value = c.value)));
    const both = join(d, 'begge.xlsx');
    await wb.xlsx.writeFile(both);
    const together = await cli('allocate', '--agreement', both, '--input', both, '--format', 'json');
    const apart = await cli('allocate', '--agreement', rules('randers-bolig'), '--input', EXAMPLE, '--format', 'json');
    expect(together.code).toBe(0);
    expect(JSON.parse(together.out).decisions).toEqual(JSON.parse(apart.out).decisions);
  });
});

it('the usage text names the new commands', async () => {
  const { out } = await cli('--help');
  for (const c of ['anvisning agreement --agreement FIL', 'anvisning lint     --agreement FIL [--input FIL]', 'anvisning diff     --agreement FIL --variant FIL --input FIL']) expect(out).toContain(c);
});
