import * as da from '../../src/core/da';
import { tempDir, writeXlsx } from '../cli/harness';
import { allocate, Bench, gridColumn, openFile, openWorkbench, pane, showSheet, startBench } from './workbench';

/** Issue 11 in the pane: the agreement written as the sheet Aftale, and read back from it, at 350 px. */
jest.setTimeout(120_000);

let bench: Bench;
beforeAll(async () => (bench = await startBench()));
afterAll(async () => bench?.close());

const s = da.agreementSheet;

test('"Skriv aftalen i et ark" puts the agreement on the sheet Aftale; "Brug aftalen fra arket" reads it back and decides as before; the sheet is never taken for data', async () => {
  const { page, errors } = await openWorkbench(bench);
  await allocate(page);
  expect(await page.getByTestId(`outcome-${da.outcomeLabel.municipality}`).textContent()).toBe('39');
  await pane(page).getByRole('button', { name: s.writeButton }).click();
  await pane(page).getByText(s.written(s.sheetName)).waitFor();
  expect(await page.getByTestId('grid').getAttribute('data-sheet')).toBe(s.sheetName);
  const rules = [...(await gridColumn(page, 'Regel')).values()];
  expect(rules).toContain('Familiebolig under 4.000 kr.');
  expect(await pane(page).getByTestId('data-source').textContent()).toContain('"Ledige boliger"');

  // Written again, the sheet is replaced only after the user says so.
  await pane(page).getByRole('button', { name: s.writeButton }).click();
  await page.getByRole('dialog').getByRole('button', { name: s.replaceConfirm }).click();
  await pane(page).getByText(s.written(s.sheetName)).waitFor();

  await pane(page).getByRole('button', { name: s.readButton }).click();
  await pane(page)
    .getByText(/er læst fra arket med 3 regler og er valgt/)
    .waitFor();
  expect(await pane(page).getByRole('combobox', { name: da.ui.chooseAgreement }).textContent()).toContain('Fra arket Aftale');
  await showSheet(page, 'Ledige boliger');
  await pane(page).getByRole('button', { name: da.ui.reset }).click();
  await page.getByRole('dialog').getByRole('button', { name: da.ui.resetConfirm }).click();
  await pane(page).getByText(da.ui.resetDone).waitFor();
  await allocate(page);
  expect(await page.getByTestId(`outcome-${da.outcomeLabel.municipality}`).textContent()).toBe('39');
  expect(errors).toEqual([]);
  await page.close();
});

test('a sheet typed by hand with bad cells: every error names its cell, and its link selects that cell', async () => {
  const dir = tempDir();
  const path = await writeXlsx(dir, 'aftale.xlsx', {
    'Ledige boliger': [
      ['Lejemål', 'Boligtype', 'Rum', 'Ledig fra'],
      ['A1', 'Familiebolig', 2, '2024-03-01'],
    ],
    Aftale: [
      ['Felt', 'Værdi'],
      ['Id', 'haandskrevet'],
      ['Navn', 'Håndskrevet aftale'],
      [],
      ['Pulje', 'Betegnelse', 'Hver'],
      ['alle', 'Alle familieboliger', 3],
      [],
      ['Regel', 'Boligtype', 'Rum', 'Udfald', 'Pulje'],
      ['Familie', 'Familiebolg', '1,2', 'Pulje', 'alle'],
    ],
  });
  const { page, errors } = await openWorkbench(bench);
  await openFile(page, path, 'Ledige boliger');
  await pane(page).getByRole('button', { name: s.readButton }).click();
  const list = pane(page).getByTestId('agreement-sheet-errors');
  await list.waitFor();
  const text = (await list.textContent()) ?? '';
  expect(text).toContain('Familiebolg');
  expect(text).toContain('mente du "1; 2"');
  const links = list.getByRole('button');
  expect(await links.count()).toBe(2);
  await links.nth(1).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="grid"]')?.getAttribute('data-sheet') === 'Aftale');
  const selected = await page.$eval('[data-testid="grid"] td[aria-selected="true"]', (td) => [td.closest('tr')!.getAttribute('data-row'), td.getAttribute('data-col')]);
  expect(selected).toEqual(['9', '2']);
  expect(await pane(page).getByTestId('data-source').textContent()).toContain('"Ledige boliger"');
  expect(errors).toEqual([]);
  await page.close();
});
