import { existsSync } from 'fs';
import { join } from 'path';
import { Browser, chromium, Page } from 'playwright-core';
import * as da from '../../src/core/da';
import { serveStatic } from '../../scripts/staticServer';
import { ROOT } from '../helpers';

/**
 * The workbench in a real browser (Debian's Chromium, installed by .ci/run), against the production
 * build in dist/ (made by `npm run build`, which `npm test` runs first). WORKBENCH_DIST points the
 * tests at another build, to see a test fail against the code from before a fix.
 */
const DIST = process.env.WORKBENCH_DIST ?? join(ROOT, 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The width Excel gives a task pane is 320–350 px; the workbench's pane is 350 px. */
export const PANE_WIDTH = 350;

export interface Bench {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

export async function startBench(): Promise<Bench> {
  if (!existsSync(join(DIST, 'workbench.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  const { url, server } = await serveStatic(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  return {
    browser,
    url,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** A fresh page on the workbench, the example open; page errors are collected, to be asserted empty. */
export async function openWorkbench(bench: Bench, options: { height?: number; width?: number } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await bench.browser.newPage({ viewport: { width: options.width ?? 1200, height: options.height ?? 800 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${bench.url}workbench.html?pane=${PANE_WIDTH}`);
  await page.getByTestId('grid').waitFor();
  await waitForData(page);
  return { page, errors };
}

/** The pane: the aside beside the grid. */
export const pane = (page: Page) => page.locator('aside');

/** Waits until the pane has read the data (the Data line names rows) and Fordel can be pressed. */
export async function waitForData(page: Page): Promise<void> {
  await page.waitForFunction(() => /rækker? med data/.test(document.querySelector('[data-testid="data-source"]')?.textContent ?? ''), undefined, { timeout: 60_000 });
}

export async function waitForAllocate(page: Page): Promise<void> {
  await page.waitForFunction((name) => [...document.querySelectorAll('aside button')].some((b) => b.textContent === name && !(b as HTMLButtonElement).disabled), da.ui.allocate, { timeout: 60_000 });
}

/** Opens a file in the workbench as a user would (Åbn fil …) and waits until its sheet is shown and read by a fresh pane. */
export async function openFile(page: Page, path: string, sheet: string): Promise<void> {
  // The pane of the file open before is marked, so the wait below is for the new one.
  await page.evaluate(() => document.querySelector('[data-testid="data-source"]')?.setAttribute('data-old', 'true'));
  await page.getByTestId('workbook-file').setInputFiles(path);
  await page.waitForFunction((name) => document.querySelector('[data-testid="grid"]')?.getAttribute('data-sheet') === name, sheet, { timeout: 60_000 });
  await page.waitForFunction(
    () => {
      const line = document.querySelector('[data-testid="data-source"]');
      return !!line && !line.hasAttribute('data-old') && /rækker? med data|Arket/.test(line.textContent ?? '');
    },
    undefined,
    { timeout: 60_000 },
  );
  await waitForData(page).catch(() => undefined);
}

/** The message the pane shows now (a hidden tab's older message does not count). */
export const visibleNotice = (page: Page) => pane(page).getByTestId('notice').filter({ visible: true }).last();

export async function allocate(page: Page): Promise<void> {
  await waitForAllocate(page);
  await pane(page).getByRole('button', { name: da.ui.allocate }).click();
  await pane(page).getByText(da.ui.allocatedTitle).waitFor({ timeout: 60_000 });
}

/** Shows a sheet by clicking its tab under the grid, as in Excel. */
export async function showSheet(page: Page, name: string): Promise<void> {
  await page.locator('main > div:first-child').getByRole('tab', { name, exact: true }).click();
  await page.waitForFunction((n) => document.querySelector('[data-testid="grid"]')?.getAttribute('data-sheet') === n, name);
}

/**
 * The grid's rows as text, by sheet row (and, if asked, which are marked municipal): the grid
 * draws only the rows in view, so this scrolls through it from top to bottom, as a person would.
 */
export async function gridRows(page: Page, municipal?: Set<number>): Promise<Map<number, string[]>> {
  const rows = new Map<number, string[]>();
  const scroller = page.getByTestId('grid-scroller');
  const exists = (await scroller.count()) > 0;
  await scroller.evaluate((el) => (el.scrollTop = 0)).catch(() => undefined);
  for (let top = 0; ;) {
    const batch = await page.$$eval('[data-testid="grid"] tr[data-row]', (trs) =>
      trs.map(
        (tr) => [Number(tr.getAttribute('data-row')), [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''), tr.getAttribute('data-municipal') === 'true'] as [number, string[], boolean],
      ),
    );
    for (const [row, cells, isMunicipal] of batch) {
      rows.set(row, cells);
      if (isMunicipal) municipal?.add(row);
    }
    if (!exists) break;
    const next = await scroller.evaluate((el, t) => {
      el.scrollTop = t + el.clientHeight;
      return el.scrollTop;
    }, top);
    await page.waitForTimeout(30);
    if (next <= top) break;
    top = next;
  }
  return rows;
}

/** The column of a header in the grid's first row, and that column's text by sheet row. */
export async function gridColumn(page: Page, header: string): Promise<Map<number, string>> {
  const rows = await gridRows(page);
  const headerRow = [...rows.entries()].find(([, cells]) => cells.includes(header));
  if (!headerRow) throw new Error(`no column ${header} in the grid`);
  const c = headerRow[1].indexOf(header);
  return new Map([...rows].map(([row, cells]) => [row, cells[c]]));
}
