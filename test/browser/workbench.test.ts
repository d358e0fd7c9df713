import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { main } from '../../src/cli/main';
import * as da from '../../src/core/da';
import { ROOT } from '../helpers';
import { allocate, Bench, gridRows, openFile, openWorkbench, pane, startBench } from './workbench';

jest.setTimeout(120_000);

let bench: Bench;
let page: Page;

beforeAll(async () => {
  bench = await startBench();
  ({ page } = await openWorkbench(bench, { width: 1400, height: 900 }));
});

afterAll(async () => bench?.close());

/** With UPDATE_SCREENSHOTS, the README's pictures are taken anew, grid and pane scrolled to the top. */
async function screenshot(file: string): Promise<void> {
  if (!process.env.UPDATE_SCREENSHOTS) return;
  await page.getByTestId('grid-scroller').evaluate((el) => (el.scrollTop = 0));
  await pane(page).evaluate((el) => (el.scrollTop = 0));
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(ROOT, file) });
}

async function cliDecisions(input: string): Promise<{ row: number; outcome: string }[]> {
  let out = '';
  const code = await main(['allocate', '--agreement', join(ROOT, 'rules/randers-bolig.json'), '--input', input, '--format', 'json'], { out: (t) => (out += t), err: () => undefined });
  expect(code).toBe(0);
  return JSON.parse(out).decisions;
}

/** The grid's text in the Anvisning column, and whether the row is marked municipal, by sheet row. */
async function gridOutcomes(): Promise<Map<number, { text: string; municipal: boolean }>> {
  const municipal = new Set<number>();
  const rows = await gridRows(page, municipal);
  const column = rows.get(1)!.indexOf(da.resultColumns[0]);
  expect(column).toBeGreaterThan(0);
  return new Map([...rows].map(([row, cells]) => [row, { text: cells[column], municipal: municipal.has(row) }]));
}

test('the example opens beside the pane, and "Fordel ledige boliger" decides every vacancy as the command line does', async () => {
  await allocate(page);

  const expected = await cliDecisions(join(ROOT, 'examples/ledige-boliger.xlsx'));
  const grid = await gridOutcomes();
  expect(expected.length).toBe(324);
  for (const d of expected) {
    const label = da.outcomeLabel[d.outcome as keyof typeof da.outcomeLabel];
    expect({ row: d.row, text: grid.get(d.row)?.text, municipal: grid.get(d.row)?.municipal }).toEqual({ row: d.row, text: label, municipal: d.outcome === 'municipality' });
  }
  await screenshot('docs/workbench.png');
});

test('"Lav tilbudsliste" adds a sheet with the municipal vacancies', async () => {
  await page.getByRole('button', { name: da.ui.makeOffer }).click();
  await page.getByText(/Tilbudslisten med \d+ boliger er lagt i arket "Tilbudsliste"/).waitFor();
  const offered = (await cliDecisions(join(ROOT, 'examples/ledige-boliger.xlsx'))).filter((d) => d.outcome === 'municipality').length;
  expect(await page.getAttribute('[data-testid="grid"]', 'data-sheet')).toBe('Tilbudsliste');
  expect((await gridRows(page)).size).toBe(offered + 1);
  await screenshot('docs/tilbudsliste.png');
});

test('"Hent resultat" downloads the allocated workbook, with agreement and counters in it', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: da.ui.download }).click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'anvisning-dl-')), 'ud.xlsx');
  await download.saveAs(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  expect(wb.getWorksheet('Ledige boliger')!.getRow(1).values).toContain('Anvisning');
  expect(wb.getWorksheet('Tilbudsliste')).toBeDefined();
  expect(wb.getWorksheet('Anvisning-data')!.state).toBe('veryHidden');
  // Allocating the downloaded file again from the command line changes none of the decisions.
  const again = await cliDecisions(path);
  const first = await cliDecisions(join(ROOT, 'examples/ledige-boliger.xlsx'));
  expect(again.map((d) => d.outcome)).toEqual(first.map((d) => d.outcome));
});

test('"Åbn fil" opens another workbook from disk', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Uge 47');
  [
    ['Lejemål', 'Boligtype', 'Husleje', 'Ledig fra'],
    ['X1', 'Familiebolig', 3500, '2024-11-18'],
    ['X2', 'Familiebolig', 3600, '2024-11-19'],
  ].forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 1, c + 1).value = v)));
  const path = join(mkdtempSync(join(tmpdir(), 'anvisning-open-')), 'uge47.xlsx');
  await wb.xlsx.writeFile(path);
  await openFile(page, path, 'Uge 47');
  expect((await gridRows(page)).size).toBe(3);
  expect(readFileSync(path).length).toBeGreaterThan(0);
});

test('"Nulstil tællere" asks first, saying what will be lost, and then the counters start over', async () => {
  await page.goto(page.url());
  await page.getByTestId('grid').waitFor();
  await allocate(page);
  await pane(page).getByRole('button', { name: da.ui.reset }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain('Under 4.000 kr. inkl. forbrug: 52');
  await dialog.getByRole('button', { name: da.ui.resetConfirm }).click();
  await page.getByText(da.ui.resetDone).waitFor();
  // Allocating again now starts the counters over: the same decisions as the first run.
  await allocate(page);
  expect(await page.getByTestId(`outcome-${da.outcomeLabel.municipality}`).textContent()).toBe('39');
});

test('the Simulér tab compares the agreements on the history as `anvisning simulate` does, with both charts drawn', async () => {
  await page.goto(page.url());
  await page.getByTestId('grid').waitFor();
  await openFile(page, join(ROOT, 'examples/historik.xlsx'), 'Historik');
  await page.getByRole('tab', { name: da.ui.tabSimulate }).click();
  await page.getByLabel(da.simulateTab.params.queue[0]).fill('150');
  await page.getByLabel(da.simulateTab.params.arrivals[0]).fill('10');
  await page.getByRole('button', { name: da.simulateTab.run }).click();
  await page.getByText(da.simulateTab.done(da.simulateTab.sheetName)).waitFor({ timeout: 60_000 });

  let out = '';
  const code = await main(
    [
      'simulate',
      '--agreements',
      join(ROOT, 'rules/standard-25.json'),
      join(ROOT, 'rules/randers-bolig.json'),
      '--input',
      join(ROOT, 'examples/historik.xlsx'),
      '--queue',
      '150',
      '--arrivals',
      '10',
      '--format',
      'json',
    ],
    { out: (t) => (out += t), err: () => undefined },
  );
  expect(code).toBe(0);
  const cli = JSON.parse(out).variants as { agreement: string; municipality: number; affordable: number; queueAtEnd: number }[];
  const rows = await page.$$eval('[data-testid="simulation-summary"] tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
  const names = new Map([join(ROOT, 'rules/standard-25.json'), join(ROOT, 'rules/randers-bolig.json')].map((f) => [JSON.parse(readFileSync(f, 'utf8')).id, JSON.parse(readFileSync(f, 'utf8')).name]));
  expect(rows.map((r) => [r[0], Number(r[1]), Number(r[2])])).toEqual(cli.map((v) => [names.get(v.agreement), v.municipality, v.affordable]));
  expect(await page.locator('[data-testid="charts"] svg').count()).toBe(2);
  // The comparison sheet's summary table carries the queue at the end, as the command line computes it.
  const sheetRows = [...(await gridRows(page)).values()];
  const header = sheetRows[1];
  const queueColumn = header.indexOf(da.simulation.rows.queueAtEnd);
  expect(queueColumn).toBeGreaterThan(0);
  expect([Number(sheetRows[2][queueColumn]), Number(sheetRows[3][queueColumn])]).toEqual(cli.map((v) => v.queueAtEnd));
  await screenshot('docs/simulering.png');
});
