import ExcelJS from 'exceljs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { readSheet } from '../../src/core';
import { draftFromAgreement, readDraft, setCell, setPoolField } from '../../src/core/agreement/editor';
import * as da from '../../src/core/da';
import { allocate as allocateCore } from '../../src/core';
import { compareDecisions } from '../../src/core/diff/agreementDiff';
import { agreementJsonText } from '../../src/app/agreementJson';
import { tempDir } from '../cli/harness';
import { bundled, ROOT } from '../helpers';
import { allocate, Bench, openFile, openWorkbench, pane, startBench } from './workbench';

/** Issue 12: the agreement editor in the pane, at 350 px, against the example sheet. */
jest.setTimeout(180_000);

let bench: Bench;
beforeAll(async () => (bench = await startBench()));
afterAll(async () => bench?.close());

const e = da.editor;

async function exampleRows() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(ROOT, 'examples/ledige-boliger.xlsx'));
  const ws = wb.worksheets[0];
  const table: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) table.push(Array.from({ length: ws.columnCount }, (_, c) => ws.getCell(r, c + 1).value ?? null));
  const sheet = readSheet(table as never);
  if (!sheet.ok) throw new Error(sheet.error.code);
  return sheet.rows;
}

/** What the core says the edit does: the count the pane must show. */
async function expectedChange(edit: (d: ReturnType<typeof draftFromAgreement>) => ReturnType<typeof draftFromAgreement>) {
  const original = bundled('randers-bolig');
  const read = readDraft(edit(draftFromAgreement(original)));
  if (!read.ok) throw new Error('edit does not read');
  const rows = await exampleRows();
  const before = await allocateCore(rows, original, null);
  const after = await allocateCore(rows, read.agreement, null);
  return { diff: compareDecisions(original.id, read.agreement.id, before.decisions, after.decisions), after };
}

async function openEditor(page: Page): Promise<void> {
  await pane(page).getByRole('button', { name: e.edit }).click();
  await pane(page).getByTestId('editor').waitFor();
  await pane(page).getByTestId('changed-count').waitFor({ timeout: 30_000 });
}

const changedText = (page: Page) => pane(page).getByTestId('changed-count').textContent();

test('Randers from every 3rd to every 2nd: the change count and the pools as the core computes them, and Fordel then allocates so', async () => {
  const { page, errors } = await openWorkbench(bench);
  await openEditor(page);
  expect(await changedText(page)).toContain('0 af 324');
  const every = pane(page).getByLabel(`${e.every} (Under 4.000 kr. inkl. forbrug)`);
  await every.fill('2');
  const { diff, after } = await expectedChange((d) => setPoolField(d, d.pools[0].key, 'every', '2'));
  await page.waitForFunction((text) => document.querySelector('[data-testid="changed-count"]')?.textContent?.includes(text), da.editor.changed(diff.changed.length, diff.rows));
  const cheap = after.summary.pools.find((p) => p.pool === 'under-4000')!.municipality;
  expect(await pane(page).getByTestId('pool-effects').textContent()).toContain(`Under 4.000 kr. inkl. forbrug: kommunen får ${cheap} i stedet for 17`);
  expect(
    await pane(page)
      .getByTestId('strip-under-4000')
      .evaluate((el) => [...el.children].filter((c) => c.getAttribute('data-at') === 'municipality').length),
  ).toBe(6);
  await pane(page).getByRole('button', { name: e.showInSheet }).click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="grid"] tr[data-marked="true"]').length > 0 && n > 0, diff.changed.length);

  await pane(page).getByRole('button', { name: e.use, exact: true }).click();
  await pane(page).getByTestId('editor').waitFor({ state: 'detached' });
  await allocate(page);
  expect(Number(await page.getByTestId(`outcome-${da.outcomeLabel.municipality}`).textContent())).toBe(after.summary.municipality);
  expect(errors).toEqual([]);
  await page.close();
});

test('the 4,000 kr line moved to 4,500; a rule added, two reordered, one deleted; a bad value has its error on its field; undo and redo', async () => {
  const { page, errors } = await openWorkbench(bench);
  await openEditor(page);
  const rent = (n: number) => pane(page).getByTestId(`rule-${n}`).getByRole('textbox', { name: 'Husleje inkl. forbrug' });
  await rent(2).fill('under 4.500');
  await rent(3).fill('4.500–6.000');
  const { diff } = await expectedChange((d) => setCell(setCell(d, d.rules[1].key, 'rentInclConsumption', 'under 4.500'), d.rules[2].key, 'rentInclConsumption', '4.500–6.000'));
  await page.waitForFunction((text) => document.querySelector('[data-testid="changed-count"]')?.textContent?.includes(text), da.editor.changed(diff.changed.length, diff.rows));

  await pane(page)
    .getByRole('button', { name: `+ ${e.addRule}` })
    .click();
  await pane(page)
    .getByRole('textbox', { name: `${e.ruleName} 4` })
    .fill('Et-rums boliger');
  await pane(page)
    .getByRole('combobox', { name: `${e.addCondition} (4)` })
    .click();
  await page.getByRole('option', { name: 'Rum', exact: true }).click();
  await pane(page).getByTestId('rule-4').getByRole('textbox', { name: 'Rum' }).fill('1,2');
  const alert = pane(page).getByTestId('rule-4').getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toContain('mente du "1; 2"');
  await pane(page).getByTestId('rule-4').getByRole('textbox', { name: 'Rum' }).fill('1');
  await alert.waitFor({ state: 'detached' });
  await pane(page)
    .getByRole('combobox', { name: `${e.outcome} (4)` })
    .click();
  await page.getByRole('option', { name: e.outcomes.municipality, exact: true }).click();
  await pane(page).getByTestId('rule-4').getByRole('button', { name: e.moveUp }).click();
  await pane(page).getByTestId('rule-3').getByRole('button', { name: e.moveUp }).click();
  const names = () =>
    pane(page)
      .locator('[data-testid^="rule-"] input[aria-label^="Reglens navn"]')
      .evaluateAll((els) => els.map((x) => (x as HTMLInputElement).value));
  expect(await names()).toEqual(['Intern udlejning undtages', 'Et-rums boliger', 'Familiebolig under 4.000 kr.', 'Familiebolig 4.000–6.000 kr.']);
  await pane(page).getByTestId('rule-4').getByRole('button', { name: e.deleteRule }).click();
  expect(await names()).toEqual(['Intern udlejning undtages', 'Et-rums boliger', 'Familiebolig under 4.000 kr.']);
  await pane(page).getByRole('button', { name: e.undo }).click();
  expect(await names()).toHaveLength(4);
  await pane(page).getByRole('button', { name: e.redo }).click();
  expect(await names()).toHaveLength(3);
  // The rule that gives one-room units to the municipality now decides some of the sheet.
  await page.waitForFunction(() => /afgør \d+ boliger? i arket/.test(document.querySelector('[data-testid="hits-2"]')?.textContent ?? ''));
  const aside = await pane(page).evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(aside.scroll).toBeLessThanOrEqual(aside.client);
  expect(errors).toEqual([]);
  await page.close();
});

test('an edit in the JSON view appears in the fields, and an edit in the fields appears in the JSON', async () => {
  const { page, errors } = await openWorkbench(bench);
  await openEditor(page);
  await pane(page).getByRole('tab', { name: e.jsonView }).click();
  const content = pane(page).locator('[data-testid="json-editor"] .cm-content');
  await content.waitFor();
  // CodeMirror draws the lines in view; the pools stand near the top.
  await content.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('[data-testid="json-editor"] .cm-content')?.textContent?.includes('"every": 3'));
  const json = JSON.parse(agreementJsonText(bundled('randers-bolig').source));
  json.pools[0].every = 5;
  await content.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(JSON.stringify(json, null, 2));
  await pane(page).getByRole('tab', { name: e.fieldsView }).click();
  const every = pane(page).getByLabel(`${e.every} (Under 4.000 kr. inkl. forbrug)`);
  expect(await every.inputValue()).toBe('5');
  await every.fill('7');
  await pane(page).getByRole('tab', { name: e.jsonView }).click();
  await content.waitFor();
  await content.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('[data-testid="json-editor"] .cm-content')?.textContent?.includes('"every": 7'));
  // A broken JSON shows its error as a marker, and the fields keep the last valid agreement.
  await content.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('x');
  await page.waitForSelector('[data-testid="json-editor"] .cm-lint-marker-error, [data-testid="json-editor"] .cm-lintRange-error', { timeout: 10_000 });
  await pane(page).getByText(e.jsonHasErrors).waitFor();
  expect(errors).toEqual([]);
  await page.close();
});

test('a saved variant survives reopening the downloaded workbook, shows what differs from its original, and can be compared in Simulér', async () => {
  const { page, errors } = await openWorkbench(bench);
  await openEditor(page);
  await pane(page).getByLabel(`${e.every} (Under 4.000 kr. inkl. forbrug)`).fill('2');
  await pane(page).getByTestId('variant-changes').waitFor();
  expect(await pane(page).getByTestId('variant-changes').textContent()).toContain('hver 2.');
  await pane(page).getByRole('button', { name: e.saveVariant }).click();
  const variantName = e.variantName(bundled('randers-bolig').name);
  await pane(page).getByText(e.variantSaved(variantName)).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: da.ui.download }).click()]);
  const path = join(tempDir(), 'med-variant.xlsx');
  await download.saveAs(path);
  await page.close();

  const second = await openWorkbench(bench);
  await openFile(second.page, path, 'Ledige boliger');
  await pane(second.page).getByRole('combobox', { name: da.ui.chooseAgreement }).click();
  await second.page.getByRole('option', { name: e.variantOption(variantName) }).waitFor();
  await second.page.keyboard.press('Escape');
  await second.page.getByRole('tab', { name: da.ui.tabSimulate }).click();
  const box = pane(second.page).getByRole('checkbox', { name: e.variantOption(variantName) });
  await box.check();
  await pane(second.page).getByRole('button', { name: da.simulateTab.run }).click();
  await pane(second.page).getByText(da.simulateTab.done(da.simulateTab.sheetName)).waitFor({ timeout: 60_000 });
  expect(await pane(second.page).getByTestId('simulation-summary').textContent()).toContain(variantName);
  expect(errors).toEqual([]);
  expect(second.errors).toEqual([]);
  await second.page.close();
});
