/**
 * npm run screenshots: the pictures of docs/vejledning.md, taken from the workbench in Debian's
 * Chromium at the pane's real width, so they show what the product does now. Needs the production
 * build in dist/ (npm run build).
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { chromium, Locator, Page } from 'playwright-core';
import * as da from '../src/core/da';
import { repoRoot } from './repoRoot';
import { serveStatic } from './staticServer';

const OUT = path.join(repoRoot(), 'docs', 'vejledning');

async function main(): Promise<void> {
  const dist = path.join(repoRoot(), 'dist');
  if (!fs.existsSync(path.join(dist, 'workbench.html'))) throw new Error('dist/ mangler: kør "npm run build" først');
  fs.mkdirSync(OUT, { recursive: true });
  const { url, server } = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(`${url}workbench.html?pane=350`);
    const pane = page.locator('aside');
    await pane.getByText(/rækker med data/).waitFor({ timeout: 60_000 });
    const shot = async (name: string, target: Page | Locator = page) => {
      await page.waitForTimeout(300);
      await target.screenshot({ path: path.join(OUT, `${name}.png`) });
      console.log(`docs/vejledning/${name}.png`);
    };
    const top = () => pane.evaluate((el) => (el.scrollTop = 0));

    await shot('1-ruden', pane);
    await pane.getByRole('button', { name: da.ui.allocate }).click();
    await pane.getByText(da.ui.allocatedTitle).waitFor();
    await top();
    await shot('2-fordelt');
    await pane.getByRole('button', { name: da.ui.makeOffer }).click();
    await pane.getByText(/Tilbudslisten med/).waitFor();
    await shot('3-tilbudsliste');

    await page.getByRole('tab', { name: 'Ledige boliger', exact: true }).click();
    await pane.getByRole('button', { name: da.editor.edit }).click();
    await pane.getByTestId('changed-count').waitFor({ timeout: 30_000 });
    await pane.getByLabel(`${da.editor.every} (Under 4.000 kr. inkl. forbrug)`).fill('2');
    await page.waitForFunction(() => !/^0 af/.test(document.querySelector('[data-testid="changed-count"]')?.textContent ?? '0 af'));
    await top();
    await shot('4-editor-virkning', pane);
    await pane.getByTestId('pool-under-4000').scrollIntoViewIfNeeded();
    await shot('5-editor-pulje', pane.getByTestId('pool-under-4000'));
    await pane.getByTestId('rule-2').scrollIntoViewIfNeeded();
    await shot('6-editor-regel', pane.getByTestId('rule-2'));
    await pane.getByRole('button', { name: da.editor.close }).click();

    await pane.getByRole('button', { name: da.agreementSheet.writeButton }).click();
    await pane.getByText(da.agreementSheet.written(da.agreementSheet.sheetName)).waitFor();
    await top();
    await shot('7-aftaleark');

    const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'anvisning-shots-')), 'udlejninger.xlsx');
    await writeLog(log);
    await page.getByTestId('workbook-file').setInputFiles(log);
    await pane.getByText(/"Udlejninger"/).waitFor();
    await page.getByRole('tab', { name: da.ui.tabCheck }).click();
    await pane.getByRole('button', { name: da.check.checkButton }).click();
    await pane.getByTestId('check-pools').waitFor();
    await top();
    await shot('8-kontrol');

    await page.getByTestId('workbook-file').setInputFiles(path.join(repoRoot(), 'examples', 'historik.xlsx'));
    await pane.getByText(/"Historik"/).waitFor();
    await page.getByRole('tab', { name: da.ui.tabSimulate }).click();
    await pane.getByRole('button', { name: da.simulateTab.run }).click();
    await pane.getByText(da.simulateTab.done(da.simulateTab.sheetName)).waitFor({ timeout: 60_000 });
    await top();
    await shot('9-simulering');
  } finally {
    await browser.close();
    server.close();
  }
}

/** A small lettings log: the example's first vacancies, as the municipality's officer gets it. */
async function writeLog(file: string): Promise<void> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(path.join(repoRoot(), 'examples', 'ledige-boliger.xlsx'));
  const ws = source.worksheets[0];
  const out = new ExcelJS.Workbook();
  const log = out.addWorksheet('Udlejninger');
  const width = ws.columnCount;
  for (let r = 1; r <= Math.min(ws.rowCount, 80); r++) {
    const values = Array.from({ length: width }, (_, c) => ws.getCell(r, c + 1).value);
    // Every seventh unit was let to the municipality, one said "Måske": a log with deviations and an unreadable row.
    values.push(r === 1 ? 'Udlejet til' : r === 40 ? 'Måske' : r % 7 === 0 ? 'Kommunen' : 'Venteliste');
    log.addRow(values);
  }
  await out.xlsx.writeFile(file);
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
