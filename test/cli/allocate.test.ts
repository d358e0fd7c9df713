import { readFileSync, writeFileSync, existsSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { allocateInWorkbook } from '../../src/app/allocateInWorkbook';
import { ExceljsWorkbook } from '../../src/file/exceljsWorkbook';
import { bundled } from '../helpers';
import { cli, readXlsx, rules, tempDir, writeCsv, writeXlsx } from './harness';

const H = ['Lejemål', 'Afdeling', 'Boligtype', 'Husleje', 'Forbrug', 'Ledig fra', 'Udlejning', 'Note'];
const SHEET = [
  H,
  ['A1', '103', 'Familiebolig', '3.500', '400', '01-02-2024', '', 'hjørne'],
  ['A2', '103', 'familie', '3999', '', '2024-01-01', '', ''],
  ['', '', '', '', '', '', '', ''],
  ['A3', '104', 'familie', '4000 kr.', '', '2024-01-02', 'Intern', ''],
  ['A4', '104', 'familie', '3000', '', '2024-01-03', '', '=1+1'],
  ['A5', '104', 'Erhverv', '3000', '', '2024-02-30', '', ''],
];

describe('--format json', () => {
  test('prints exactly one object with one decision per non-empty data row, in sheet order', async () => {
    const d = tempDir();
    const input = writeCsv(d, 'ledige.csv', SHEET);
    const { code, out, err } = await cli('allocate', '--agreement', rules('randers-bolig'), '--input', input, '--format', 'json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(['agreement', 'decisions', 'summary']);
    expect(doc.agreement).toBe('randers-bolig');
    expect(doc.decisions).toEqual([
      { row: 2, unitId: 'A1', outcome: 'municipality', pool: 'under-4000', position: 3, rule: 'Familiebolig under 4.000 kr.', reason: expect.stringMatching(/^3\. bolig i puljen/), request: null },
      { row: 3, unitId: 'A2', outcome: 'waitlist', pool: 'under-4000', position: 1, rule: 'Familiebolig under 4.000 kr.', reason: expect.any(String), request: null },
      { row: 5, unitId: 'A3', outcome: 'excluded', pool: null, position: null, rule: 'Intern udlejning undtages', reason: expect.any(String), request: null },
      { row: 6, unitId: 'A4', outcome: 'waitlist', pool: 'under-4000', position: 2, rule: 'Familiebolig under 4.000 kr.', reason: expect.any(String), request: null },
      { row: 7, unitId: 'A5', outcome: 'error', pool: null, position: null, rule: null, reason: expect.stringMatching(/^Række 7, kolonne 'Boligtype' \(C\)/), request: null },
    ]);
    expect(doc.summary).toMatchObject({ rows: 5, municipality: 1, waitlist: 2, excluded: 1, error: 1 });
  });

  test('a comma-separated Windows-1252 file reads the same', async () => {
    const d = tempDir();
    const text = SHEET.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\n');
    const input = join(d, 'ledige.csv');
    writeFileSync(input, Buffer.from(text, 'latin1'));
    const { code, out } = await cli('allocate', '--agreement', rules('randers-bolig'), '--input', input, '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out).decisions.map((x: { outcome: string }) => x.outcome)).toEqual(['municipality', 'waitlist', 'excluded', 'waitlist', 'error']);
  });
});

test('the default table is a Danish summary: pools, outcomes, the offer list and the row errors', async () => {
  const d = tempDir();
  const { code, out } = await cli('allocate', '--agreement', rules('randers-bolig'), '--input', writeCsv(d, 'l.csv', SHEET));
  expect(code).toBe(0);
  expect(out).toMatch(/Puljer\n\s+Pulje\s+Talt\s+Til kommunen/);
  expect(out).toMatch(/Under 4\.000 kr\. inkl\. forbrug\s+3\s+1\s+0\s+3/);
  expect(out).toMatch(/Kommunal anvisning\s+1\n\s+Venteliste\s+2\n\s+Undtaget\s+1\n\s+Fejl\s+1/);
  expect(out).toContain('Til kommunal anvisning (1)');
  expect(out).toContain('Fejl i rækker (1)');
  expect(out).toContain('Række 7, kolonne \'Ledig fra\' (F): "2024-02-30" er ikke en gyldig dato');
  expect(out).toContain('Ukendte kolonner (bevaret, men ikke brugt): Note');
});

describe('xlsx input', () => {
  test('Excel dates (date cells and serial numbers), numbers and department numbers as Excel stores them; --sheet picks the sheet', async () => {
    const d = tempDir();
    const input = await writeXlsx(d, 'ledige.xlsx', {
      Forside: [['Ugeliste'], ['intet her']],
      Ledige: [
        ['Lejemål', 'Afd.', 'Værelser', 'Ledig fra'],
        ['L1', 103, 1, new Date(Date.UTC(2024, 0, 5))],
        ['L2', 104, 1, 45293],
        ['L3', 106, 2, '03.01.2024'],
      ],
    });
    const { code, out } = await cli('allocate', '--agreement', rules('domea-randers'), '--input', input, '--sheet', 'Ledige', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out).decisions.map((x: { unitId: string; outcome: string }) => `${x.unitId}:${x.outcome}`)).toEqual(['L1:municipality', 'L2:waitlist', 'L3:waitlist']);
  });

  test('an unknown --sheet is an error naming the sheets there are', async () => {
    const d = tempDir();
    const input = await writeXlsx(d, 'l.xlsx', { Ark1: [['Lejemål'], ['A']] });
    const { code, err } = await cli('allocate', '--agreement', rules('standard-25'), '--input', input, '--sheet', 'Ark2');
    expect(code).toBe(1);
    expect(err).toContain('Arket "Ark2" findes ikke');
    expect(err).toContain('"Ark1"');
  });
});

describe('--output', () => {
  test('xlsx: the input with the five result columns to the right, its own cells unchanged', async () => {
    const d = tempDir();
    const original = [
      ['Lejemål', 'Boligtype', 'Husleje', 'Ledig fra', 'Bemærkning'],
      ['A', 'familie', 3000, new Date(Date.UTC(2024, 0, 1)), '=ikke en formel'],
      ['B', 'familie', 3000, new Date(Date.UTC(2024, 0, 2)), null],
      ['C', 'familie', 3000, new Date(Date.UTC(2024, 0, 3)), 'x'],
    ];
    const input = await writeXlsx(d, 'in.xlsx', { Ledige: original });
    const output = join(d, 'ud.xlsx');
    const { code } = await cli('allocate', '--agreement', rules('randers-bolig'), '--input', input, '--output', output);
    expect(code).toBe(0);
    const rows = await readXlsx(output);
    expect(rows.map((r) => r.slice(0, 5))).toEqual(original);
    expect(rows[0].slice(5)).toEqual(['Anvisning', 'Regel', 'Pulje', 'Nr. i pulje', 'Begrundelse']);
    expect(rows[3].slice(5, 9)).toEqual(['Kommunal anvisning', 'Familiebolig under 4.000 kr.', 'Under 4.000 kr. inkl. forbrug', 3]);
    expect(rows[1].slice(5, 9)).toEqual(['Venteliste', 'Familiebolig under 4.000 kr.', 'Under 4.000 kr. inkl. forbrug', 1]);

    // Allocating the output again rewrites the product's own columns in place; nothing is appended twice.
    const again = join(d, 'ud2.xlsx');
    expect((await cli('allocate', '--agreement', rules('standard-25'), '--input', output, '--output', again)).code).toBe(0);
    const rows2 = await readXlsx(again);
    expect(rows2[0]).toHaveLength(10);
    expect(rows2[3].slice(5, 9)).toEqual(['Venteliste', 'Familieboliger i fjerdedelspuljen', 'Familieboliger', 3]);
  });

  test("csv: the input's text unchanged, result columns appended, formula-like text neutralised", async () => {
    const d = tempDir();
    const input = writeCsv(d, 'in.csv', SHEET);
    const output = join(d, 'ud.csv');
    const { code } = await cli('allocate', '--agreement', rules('randers-bolig'), '--input', input, '--output', output);
    expect(code).toBe(0);
    const lines = readFileSync(output, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe([...H, 'Anvisning', 'Regel', 'Pulje', 'Nr. i pulje', 'Begrundelse'].join(';'));
    expect(lines[1].startsWith('A1;103;Familiebolig;3.500;400;01-02-2024;;hjørne;Kommunal anvisning;Familiebolig under 4.000 kr.;Under 4.000 kr. inkl. forbrug;3;')).toBe(true);
    expect(lines[3]).toBe('');
    // The user's own =1+1 is neutralised too (OWASP), and read back as =1+1 when the file is allocated again.
    expect(lines[5].startsWith("A4;104;familie;3000;;2024-01-03;;'=1+1;Venteliste;")).toBe(true);
  });

  test('refuses, naming the cells, to write over result cells the user changed since the product wrote them; writes and saves nothing', async () => {
    const d = tempDir();
    const input = await writeXlsx(d, 'in.xlsx', {
      Ledige: [
        ['Lejemål', 'Boligtype', 'Husleje', 'Ledig fra'],
        ['A', 'familie', 3000, '2024-01-01'],
        ['B', 'familie', 3000, '2024-01-02'],
      ],
    });
    const first = join(d, 'ud.xlsx');
    expect((await cli('allocate', '--agreement', rules('randers-bolig'), '--input', input, '--output', first)).code).toBe(0);
    // Untouched, the product's own block is rewritten in place.
    expect((await cli('allocate', '--agreement', rules('randers-bolig'), '--input', first, '--output', join(d, 'igen.xlsx'))).code).toBe(0);

    // The user writes a note of their own into Begrundelse (not Anvisning, so only the fingerprint can tell).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first);
    wb.getWorksheet('Ledige')!.getCell('I3').value = 'ringet op';
    const edited = join(d, 'rettet.xlsx');
    await wb.xlsx.writeFile(edited);
    const output = join(d, 'ud2.xlsx');
    const state = join(d, 'tilstand.json');
    const { code, err } = await cli('allocate', '--agreement', rules('randers-bolig'), '--input', edited, '--output', output, '--state', state);
    expect(code).toBe(1);
    expect(err).toContain('E1:I3');
    expect(err).toContain('"Ledige"');
    expect(err).toContain('er ændret');
    expect(existsSync(output)).toBe(false);
    expect(existsSync(state)).toBe(false);
  });

  test('refuses columns named like the result columns that the product did not write, naming their rows; also in csv', async () => {
    const d = tempDir();
    const rows = [
      ['Lejemål', 'Boligtype', 'Ledig fra', 'Anvisning', 'Regel', 'Pulje', 'Nr. i pulje', 'Begrundelse'],
      ['A', 'familie', '2024-01-01', 'Venteliste', '', '', '', ''],
      ['B', 'familie', '2024-01-02', 'Ring til Jens', '', '', '', ''],
    ];
    const input = writeCsv(d, 'in.csv', rows);
    const before = readFileSync(input);
    for (const name of ['ud.csv', 'ud.xlsx']) {
      const { code, err } = await cli('allocate', '--agreement', rules('standard-25'), '--input', input, '--output', join(d, name));
      expect(code).toBe(1);
      expect(err).toContain('D1:H3');
      expect(err).toContain('række 3 ');
      expect(existsSync(join(d, name))).toBe(false);
    }
    expect(readFileSync(input)).toEqual(before);
  });

  test("a file the task pane allocated (the workbench port) is the product's own to the command line, until the user changes it", async () => {
    const d = tempDir();
    const port = new ExceljsWorkbook(new ExcelJS.Workbook());
    const ws = port.workbook.addWorksheet('Uge 12');
    [
      ['Lejemål', 'Boligtype', 'Husleje', 'Ledig fra'],
      ['A', 'familie', 3000, '2024-01-01'],
      ['B', 'familie', 3000, '2024-01-02'],
    ].forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 1, c + 1).value = v)));
    expect((await allocateInWorkbook(port, bundled('randers-bolig'))).ok).toBe(true);
    const pane = join(d, 'rude.xlsx');
    await port.workbook.xlsx.writeFile(pane);
    expect((await cli('allocate', '--agreement', rules('randers-bolig'), '--input', pane, '--output', join(d, 'ud.xlsx'))).code).toBe(0);
    ws.getCell('G2').value = 'min pulje';
    await port.workbook.xlsx.writeFile(pane);
    const { code, err } = await cli('allocate', '--agreement', rules('randers-bolig'), '--input', pane, '--output', join(d, 'ud2.xlsx'));
    expect(code).toBe(1);
    expect(err).toContain('E1:I3');
  });

  test('refuses to write over the input file', async () => {
    const d = tempDir();
    const input = writeCsv(d, 'in.csv', SHEET);
    const before = readFileSync(input);
    const { code, err } = await cli('allocate', '--agreement', rules('randers-bolig'), '--input', input, '--output', join(d, '.', 'in.csv'));
    expect(code).toBe(2);
    expect(err).toContain('må ikke skrives oven i inputfilen');
    expect(readFileSync(input)).toEqual(before);
  });
});

describe('--state', () => {
  test('a run split in two through one state file gives what one run gives', async () => {
    const d = tempDir();
    const all = [['Lejemål', 'Boligtype', 'Ledig fra'], ...Array.from({ length: 11 }, (_, i) => [`U${i + 1}`, 'familie', `2024-01-${String(i + 1).padStart(2, '0')}`])];
    const whole = JSON.parse((await cli('allocate', '--agreement', rules('faaborg-flex'), '--input', writeCsv(d, 'all.csv', all), '--format', 'json')).out);
    const state = join(d, 'tilstand.json');
    const week1 = writeCsv(d, 'uge1.csv', all.slice(0, 6));
    const week2 = writeCsv(d, 'uge2.csv', [all[0], ...all.slice(6)]);
    const r1 = await cli('allocate', '--agreement', rules('faaborg-flex'), '--input', week1, '--state', state, '--format', 'json');
    expect(r1.code).toBe(0);
    expect(existsSync(state)).toBe(true);
    const r2 = await cli('allocate', '--agreement', rules('faaborg-flex'), '--input', week2, '--state', state, '--format', 'json');
    const split = [...JSON.parse(r1.out).decisions, ...JSON.parse(r2.out).decisions];
    const strip = (x: { unitId: string; outcome: string; pool: string; position: number; reason: string }) => [x.unitId, x.outcome, x.pool, x.position, x.reason];
    expect(split.map(strip)).toEqual(whole.decisions.map(strip));
  });

  test('running the same sheet again with the state changes nothing', async () => {
    const d = tempDir();
    const input = writeCsv(d, 'in.csv', SHEET);
    const state = join(d, 'tilstand.json');
    const first = await cli('allocate', '--agreement', rules('randers-bolig'), '--input', input, '--state', state, '--format', 'json');
    const stateAfterFirst = JSON.parse(readFileSync(state, 'utf8'));
    const second = await cli('allocate', '--agreement', rules('randers-bolig'), '--input', input, '--state', state, '--format', 'json');
    expect(JSON.parse(second.out).decisions).toEqual(JSON.parse(first.out).decisions);
    const stateAfterSecond = JSON.parse(readFileSync(state, 'utf8'));
    expect({ ...stateAfterSecond, savedAt: null }).toEqual({ ...stateAfterFirst, savedAt: null });
  });

  test('a corrupt or foreign state file: nothing decided, exit 1, the file left as it was', async () => {
    const d = tempDir();
    const input = writeCsv(d, 'in.csv', SHEET);
    for (const content of ['{"format": "anvisning-tilstand", "vers', '{"counters": {"a": 1}}']) {
      const state = join(d, 'tilstand.json');
      writeFileSync(state, content);
      const { code, out, err } = await cli('allocate', '--agreement', rules('randers-bolig'), '--input', input, '--state', state);
      expect(code).toBe(1);
      expect(out).toBe('');
      expect(err).toMatch(/Intet er fordelt, og filen er ikke ændret/);
      expect(readFileSync(state, 'utf8')).toBe(content);
    }
  });

  test('a state file of another agreement is refused', async () => {
    const d = tempDir();
    const input = writeCsv(d, 'in.csv', SHEET);
    const state = join(d, 'tilstand.json');
    await cli('allocate', '--agreement', rules('standard-25'), '--input', input, '--state', state);
    const saved = readFileSync(state, 'utf8');
    const { code, err } = await cli('allocate', '--agreement', rules('randers-bolig'), '--input', input, '--state', state);
    expect(code).toBe(1);
    expect(err).toContain('hører til aftalen "standard-25"');
    expect(readFileSync(state, 'utf8')).toBe(saved);
  });

  test('a state that cannot be saved is an error (exit 1) that says the old state is kept', async () => {
    const d = tempDir();
    const input = writeCsv(d, 'in.csv', SHEET);
    const { code, out, err } = await cli('allocate', '--agreement', rules('randers-bolig'), '--input', input, '--state', join(input, 'tilstand.json'));
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('Tilstanden kunne ikke gemmes');
  });
});

describe('exit codes and messages', () => {
  test.each([
    [[], 'mangler en kommando'],
    [['fordel'], 'Ukendt kommando "fordel"'],
    [['allocate', '--input', 'x.csv'], 'Tilvalget --agreement skal angives'],
    [['allocate', '--agreement', 'a.json', '--input', 'x.csv', '--format', 'xml'], 'Formatet "xml" kendes ikke'],
    [['allocate', '--agreement', 'a.json', '--input', 'x.csv', '--verbose'], 'Ukendt tilvalg "--verbose"'],
    [['allocate', '--agreement', 'a.json', '--input'], 'Tilvalget --input mangler en værdi'],
    [['allocate', '--agreement', 'a.json', '--input', 'x.pdf'], 'hverken .xlsx eller .csv'],
  ])('wrong usage %j → exit 2', async (argv, message) => {
    const { code, err, out } = await cli(...(argv as string[]));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err).toMatch(/Brug:|anvisning --help/);
  });

  test('--help prints the usage and exits 0', async () => {
    const { code, out } = await cli('--help');
    expect(code).toBe(0);
    expect(out).toContain('anvisning allocate --agreement FIL --input FIL');
  });

  test('an invalid agreement → exit 1 with each error and where it is', async () => {
    const d = tempDir();
    const agreement = join(d, 'aftale.json');
    writeFileSync(agreement, '{\n  "rules": [\n    {"conditions": {"all": [{"fact": "husleje", "operator": "lessThan", "value": 4000}]}, "event": {"type": "allocate"}}\n  ]\n}\n');
    const { code, err, out } = await cli('allocate', '--agreement', agreement, '--input', writeCsv(d, 'in.csv', SHEET));
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(`Aftalen ${agreement} kan ikke bruges – 1 fejl:`);
    expect(err).toContain('rules[0].conditions.all[0].fact (linje 3, kolonne');
    expect(err).toContain('mente du "rent"?');
  });

  test('a sheet without a Lejemål column → exit 1 naming the columns found', async () => {
    const d = tempDir();
    const { code, err } = await cli(
      'allocate',
      '--agreement',
      rules('standard-25'),
      '--input',
      writeCsv(d, 'in.csv', [
        ['Afdeling', 'Husleje'],
        ['1', '2'],
      ]),
    );
    expect(code).toBe(1);
    expect(err).toContain('mangler kolonnen "Lejemål"');
    expect(err).toContain('"Afdeling", "Husleje"');
  });

  test('an input file that does not exist → exit 1', async () => {
    const { code, err } = await cli('allocate', '--agreement', rules('standard-25'), '--input', '/nowhere/ledige.csv');
    expect(code).toBe(1);
    expect(err).toContain('findes ikke');
  });
});

test('a row whose data was deleted, but whose result cells remain, is skipped, not an error', async () => {
  const d = tempDir();
  const rows = [
    ['Lejemål', 'Boligtype', 'Anvisning', 'Regel', 'Pulje', 'Nr. i pulje', 'Begrundelse'],
    ['A', 'familie', 'Venteliste', 'R', 'P', '1', 'x'],
    ['', '', 'Venteliste', 'R', 'P', '2', 'y'],
  ];
  const { code, out } = await cli('allocate', '--agreement', rules('standard-25'), '--input', writeCsv(d, 'in.csv', rows), '--format', 'json');
  expect(code).toBe(0);
  expect(JSON.parse(out).decisions.map((x: { row: number; outcome: string }) => [x.row, x.outcome])).toEqual([[2, 'waitlist']]);
});
