import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { readSheet, UncalculatedFormula } from '../../src/core';
import { checkLettings } from '../../src/core/check/checkLettings';
import { loadVacancyFile } from '../../src/file/vacancyFile';
import { cli, rules, tempDir } from '../cli/harness';
import { bundled } from '../helpers';
import { xlsxWithSheetXml } from '../../scripts/catalogue/xlsxXml';

const HEADER = ['Lejemål', 'Husleje', 'Forbrug', 'Note'];

/**
 * Row 2: a formula saved without any value (as exceljs writes one); row 3: an empty <v/> without a
 * type, as openpyxl writes formulas it cannot calculate; row 4: Excel's own empty-text result
 * (t="str", <v></v>); row 5: a result of 0; row 6: a template row whose formulas all gave "";
 * row 7: an uncalculated formula in a column the product does not read.
 */
async function workbook(dir: string): Promise<string> {
  const bytes = await xlsxWithSheetXml(
    [
      HEADER,
      ['A', { formula: '2000*2' }, 500, null],
      ['B', { formula: '1000*3' }, 500, null],
      ['C', 3000, { formula: 'IF(D4="","",D4)', result: '' }, null],
      ['D', 3000, { formula: 'C3-C3', result: 0 }, null],
      [{ formula: 'IF(E6="","",E6)', result: '' }, { formula: 'IF(E6="","",E6)', result: '' }, null, null],
      ['E', 3000, 500, { formula: 'NOW()' }],
    ],
    // exceljs writes row 3's formula as <f> alone; openpyxl adds an empty, untyped <v/>.
    (xml) => xml.replace('<c r="B3"><f>1000*3</f></c>', '<c r="B3"><f>1000*3</f><v/></c>'),
  );
  const path = join(dir, 'formler.xlsx');
  writeFileSync(path, bytes);
  return path;
}

test('a formula without a saved value is a row error saying to recalculate in Excel; saved results, also "" and 0, are values', async () => {
  const loaded = await loadVacancyFile(await workbook(tempDir()));
  const sheet = readSheet(loaded.table);
  if (!sheet.ok) throw new Error(sheet.error.code);
  expect(sheet.rows.map((r) => [r.rowNumber, r.unitId, r.errors])).toEqual([
    [2, 'A', [{ code: 'uncalculated', at: { row: 2, column: 1, header: 'Husleje' }, formula: '=2000*2' }]],
    [3, 'B', [{ code: 'uncalculated', at: { row: 3, column: 1, header: 'Husleje' }, formula: '=1000*3' }]],
    [4, 'C', []],
    [5, 'D', []],
    [7, 'E', []],
  ]);
  expect(sheet.rows[2].vacancy).toMatchObject({ consumption: null, rentInclConsumption: 3000 });
  expect(sheet.rows[3].vacancy).toMatchObject({ consumption: 0, rentInclConsumption: 3000 });
});

test('the command line reports it as a row error (exit 0), and a CSV output keeps the formula as neutralised text', async () => {
  const d = tempDir();
  const input = await workbook(d);
  const output = join(d, 'ud.csv');
  const { code, out, err } = await cli('allocate', '--agreement', rules('standard-25'), '--input', input, '--output', output, '--format', 'json');
  expect(err).toBe('');
  expect(code).toBe(0);
  const doc = JSON.parse(out);
  expect(doc.decisions.map((x: { row: number; outcome: string }) => [x.row, x.outcome])).toEqual([
    [2, 'error'],
    [3, 'error'],
    [4, 'waitlist'],
    [5, 'waitlist'],
    [7, 'waitlist'],
  ]);
  const lines = readFileSync(output, 'utf8').split('\r\n');
  expect(lines[6]).toMatch(/^E;3000;500;'=NOW\(\);Venteliste;/);
});

test('in a lettings log, a formula without a value in Udlejet til or Tilbudt kommunen is unreadable, not "not let yet"', async () => {
  const r = await checkLettings(
    [
      ['Lejemål', 'Boligtype', 'Udlejet til', 'Tilbudt kommunen'],
      ['A', 'familie', new UncalculatedFormula('VLOOKUP(A2,Log!A:B,2)'), null],
      ['B', 'familie', 'Venteliste', new UncalculatedFormula('TODAY()')],
    ],
    bundled('standard-25'),
    null,
  );
  if (!r.ok) throw new Error(r.error);
  expect(r.result.pending).toEqual([]);
  expect(r.result.unreadable.map((u) => u.message)).toEqual([
    expect.stringMatching(/^Række 2, kolonne 'Udlejet til' \(C\): formlen =VLOOKUP\(A2,Log!A:B,2\) er gemt uden sin værdi/),
    expect.stringMatching(/^Række 3, kolonne 'Tilbudt kommunen' \(D\): formlen =TODAY\(\) er gemt uden sin værdi/),
  ]);
});
