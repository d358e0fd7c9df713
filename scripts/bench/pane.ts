/**
 * The task pane in the workbench, in Debian's Chromium, on a big sheet: how long opening an .xlsx
 * takes until the Data panel has read it, how long "Fordel ledige boliger" takes from click to the
 * written result, and how long the page was frozen meanwhile (the longest task that kept the main
 * thread from painting, from Chromium's Long Tasks API) and how many frames it painted.
 *
 *   npm run build && node lib/scripts/bench/pane.js [--rows=20000] [--json] [--profile] [--dist=PATH]
 *
 * Needs the production build in dist/. Speed is printed, never asserted.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { chromium } from 'playwright-core';
import { repoRoot } from '../repoRoot';
import { serveStatic } from '../staticServer';
import { generateTable, HEADERS } from './generate';
import { round } from './timing';

export interface PaneStep {
  step: string;
  seconds: number;
  /** The longest single task on the main thread: the page could not paint or answer a click for this long. */
  longestFrozenSeconds: number;
  /** All the main thread's long tasks (over 50 ms) together. */
  frozenSeconds: number;
  /** Frames the page painted during the step. */
  frames: number;
  /** With --profile: where the main thread spent its time (self time by function), the largest first. */
  profile?: { fn: string; ms: number }[];
}

export interface PaneFigures {
  rows: number;
  steps: PaneStep[];
}

const NUMERIC = new Set(['Rum', 'Areal']);

/** The bench's rows as an .xlsx an ERP export would give: numbers as numbers, dates as dates. */
export async function writeXlsx(file: string, rows: number, sheetName = 'Ledige boliger'): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  const table = generateTable(rows);
  sheet.addRow(HEADERS);
  for (const cells of table.slice(1)) {
    sheet.addRow(
      cells.map((text, c) => {
        const header = HEADERS[c];
        if (NUMERIC.has(header)) return Number(text);
        if (header === 'Ledig fra') {
          const [d, m, y] = text.split('-').map(Number);
          return new Date(Date.UTC(y, m - 1, d));
        }
        return text;
      }),
    );
  }
  await workbook.xlsx.writeFile(file);
}

const INSTRUMENT = `
  window.__bench = { longTasks: [], frames: 0 };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.longTasks.push([e.startTime, e.duration]); }).observe({ entryTypes: ['longtask'] });
  const tick = () => { window.__bench.frames++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
`;

/** Self time per function of a CPU profile from Chromium's DevTools protocol. */
function selfTimes(profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] }): { fn: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonym)'} ${path.basename(f.url)}:${f.lineNumber + 1}`;
    total.set(key, (total.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...total]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([fn, ms]) => ({ fn, ms: round(ms) }));
}

export async function benchPane(rows: number, withProfile = false, dist = path.join(repoRoot(), 'dist')): Promise<PaneFigures> {
  if (!fs.existsSync(path.join(dist, 'workbench.html'))) throw new Error('dist/ mangler: kør "npm run build" først');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anvisning-pane-'));
  const file = path.join(dir, `ledige-${rows}.xlsx`);
  await writeXlsx(file, rows);
  const { url, server } = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript(INSTRUMENT);
    await page.goto(`${url}workbench.html`);
    await page.getByTestId('data-source').waitFor({ timeout: 60_000 });
    const steps: PaneStep[] = [];
    const measure = async (step: string, act: () => Promise<void>, done: () => Promise<unknown>) => {
      const cdp = withProfile ? await page.context().newCDPSession(page) : null;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.start');
      }
      const start = await page.evaluate(() => ({ t: performance.now(), frames: (window as unknown as { __bench: { frames: number } }).__bench.frames }));
      await act();
      await done();
      const end = await page.evaluate(() => ({ t: performance.now(), frames: (window as unknown as { __bench: { frames: number } }).__bench.frames }));
      const tasks = await page.evaluate(() => (window as unknown as { __bench: { longTasks: [number, number][] } }).__bench.longTasks);
      const inStep = tasks.filter(([t]) => t >= start.t && t <= end.t).map(([, d]) => d);
      const profile = cdp ? selfTimes((await cdp.send('Profiler.stop')).profile as Parameters<typeof selfTimes>[0]) : undefined;
      steps.push({
        step,
        seconds: round((end.t - start.t) / 1000, 2),
        longestFrozenSeconds: round(Math.max(0, ...inStep) / 1000, 2),
        frozenSeconds: round(inStep.reduce((a, b) => a + b, 0) / 1000, 2),
        frames: end.frames - start.frames,
        ...(profile ? { profile } : {}),
      });
    };
    const rowText = new RegExp(`${String(rows).replace(/\B(?=(\d{3})+(?!\d))/g, '\\.?')} rækker`);
    await measure(
      'open',
      () => page.getByTestId('workbook-file').setInputFiles(file),
      () => page.getByTestId('data-source').filter({ hasText: rowText }).waitFor({ timeout: 300_000 }),
    );
    await measure(
      'allocate',
      async () => {
        await page.getByRole('button', { name: 'Fordel ledige boliger' }).click();
      },
      () => page.getByText('Fordelingen er skrevet i arket').waitFor({ timeout: 300_000 }),
    );
    return { rows, steps };
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const rowsArg = process.argv.find((a) => a.startsWith('--rows='));
  const rows = rowsArg ? Number(rowsArg.slice('--rows='.length)) : 20_000;
  // --dist=PATH measures another build (an older one, to compare before and after a change).
  const distArg = process.argv.find((a) => a.startsWith('--dist='));
  void benchPane(rows, process.argv.includes('--profile'), distArg ? path.resolve(distArg.slice('--dist='.length)) : undefined).then((f) => {
    if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(f) + '\n');
    else
      for (const s of f.steps) {
        console.log(`${s.step}: ${s.seconds} s; frozen ${s.frozenSeconds} s in all, longest ${s.longestFrozenSeconds} s; ${s.frames} frames painted (${f.rows} rows)`);
        for (const p of s.profile ?? []) console.log(`  ${String(p.ms).padStart(7)} ms  ${p.fn}`);
      }
  });
}
