/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { join } from 'path';
import { allocate, readSheet } from '../../src/core';
import * as da from '../../src/core/da';
import { resultCells } from '../../src/core/results/resultCells';
import { ExceljsWorkbook } from '../../src/file/exceljsWorkbook';
import { App } from '../../src/ui/App';
import { installPaneEnvironment } from '../support/paneEnvironment';
import { bundled, ROOT } from '../helpers';

async function example(): Promise<ExceljsWorkbook> {
  const wb = new ExceljsWorkbook(new ExcelJS.Workbook());
  await wb.workbook.xlsx.load(readFileSync(join(ROOT, 'examples/ledige-boliger.xlsx')) as unknown as ArrayBuffer);
  return wb;
}

function sheetValues(port: ExceljsWorkbook, name = 'Ledige boliger'): unknown[][] {
  const ws = port.workbook.getWorksheet(name)!;
  const rows: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) rows.push(Array.from({ length: ws.columnCount }, (_, c) => ws.getCell(r, c + 1).value ?? null));
  return rows;
}

jest.setTimeout(30_000);

beforeAll(installPaneEnvironment);

test('the pane allocates the example with the Randers agreement and writes what the core decides', async () => {
  const port = await example();
  const before = sheetValues(port);
  render(<App port={port} defaultAgreementId="randers-bolig" />);
  const button = await screen.findByRole('button', { name: da.ui.allocate });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  expect(screen.getByTestId('agreement-summary').textContent).toContain('Under 4.000 kr. inkl. forbrug: hver 3. går til kommunen');
  expect(screen.getByTestId('data-source').textContent).toContain('324 rækker');

  await act(async () => fireEvent.click(button));
  await screen.findByText(da.ui.allocatedTitle);

  const sheet = readSheet(before as never);
  if (!sheet.ok) throw new Error();
  const expected = await allocate(sheet.rows, bundled('randers-bolig'), null);
  const after = sheetValues(port);
  const width = before[0].length;
  expect(after.map((r) => r.slice(0, width))).toEqual(before);
  expect(after[0].slice(width)).toEqual([...da.resultColumns]);
  for (const d of expected.decisions) expect(after[d.row - 1].slice(width)).toEqual(resultCells(d, bundled('randers-bolig')));
  expect(screen.getByTestId(`outcome-${da.outcomeLabel.municipality}`).textContent).toBe(String(expected.summary.municipality));

  // The offer list: a new sheet with an Excel table of the municipal vacancies.
  await act(async () => fireEvent.click(screen.getByRole('button', { name: da.ui.makeOffer })));
  await screen.findByText(da.ui.offerMade(da.workbook.offerSheetName, expected.summary.municipality));
  const offer = port.workbook.getWorksheet(da.workbook.offerSheetName)!;
  expect(offer.getRow(1).values).toEqual([undefined, ...da.workbook.offerColumns]);
  expect(offer.rowCount).toBe(1 + expected.summary.municipality);
  expect(Object.keys((offer as unknown as { tables: object }).tables)).toHaveLength(1);

  // The stored state continues next week: the same sheet again changes nothing.
  const stored = await port.loadStored();
  expect(JSON.parse(stored.state!).counters).toEqual(expected.state.counters);
  expect(stored.agreement!.id).toBe('randers-bolig');
});

test('a row error in the list selects its row in the sheet', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Uge 47');
  [
    ['Lejemål', 'Boligtype', 'Ledig fra'],
    ['A', 'familie', '2024-01-01'],
    ['B', 'familie', '2024-02-30'],
  ].forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 1, c + 1).value = v)));
  const port = new ExceljsWorkbook(wb);
  render(<App port={port} defaultAgreementId="standard-25" />);
  const button = await screen.findByRole('button', { name: da.ui.allocate });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  await act(async () => fireEvent.click(button));
  const errors = await screen.findByTestId('row-errors');
  await act(async () => fireEvent.click(within(errors).getByRole('button')));
  expect(port.selection).toEqual({ sheet: 'Uge 47', row: 3, column: 0 });
});

test("an invalid imported agreement is refused with the core's messages", async () => {
  const port = await example();
  render(<App port={port} defaultAgreementId="randers-bolig" />);
  await screen.findByRole('button', { name: da.ui.allocate });
  const json = '{"rules": [{"conditions": {"all": [{"fact": "husleje", "operator": "lessThan", "value": 4000}]}, "event": {"type": "allocate"}}]}';
  const file = new File([json], 'min-aftale.json', { type: 'application/json' });
  // jsdom's File has no arrayBuffer(); the browser's has.
  Object.defineProperty(file, 'arrayBuffer', { value: async () => Uint8Array.from(Buffer.from(json, 'utf8')).buffer });
  await act(async () => fireEvent.change(screen.getByTestId('agreement-file'), { target: { files: [file] } }));
  expect(await screen.findByText(da.ui.agreementRejected('min-aftale.json', 1))).toBeTruthy();
  expect(screen.getByTestId('agreement-problem').textContent).toContain('mente du "rent"?');
});

test('"Nulstil tællere" says what will be lost, and then the counters start over', async () => {
  const port = await example();
  render(<App port={port} defaultAgreementId="randers-bolig" />);
  const button = await screen.findByRole('button', { name: da.ui.allocate });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  await act(async () => fireEvent.click(button));
  await screen.findByText(da.ui.allocatedTitle);

  await act(async () => fireEvent.click(screen.getByRole('button', { name: da.ui.reset })));
  // Found by its text: under load, Fluent's modalizer can leave aria-hidden on it in jsdom.
  const dialog = (await screen.findByText(/Det sletter tællerne/, {}, { timeout: 5000 })).closest('[role="dialog"]') as HTMLElement;
  expect(dialog.textContent).toContain('Under 4.000 kr. inkl. forbrug: 52');
  expect(dialog.textContent).toContain('324 tidligere afgjorte ledige boliger');
  await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: da.ui.resetConfirm, hidden: true })));
  await screen.findByText(da.ui.resetDone);
  expect((await port.loadStored()).state).toBeNull();
});

test('"Fjern resultater" says what goes, and after the answer the result columns and the counters are gone', async () => {
  const port = await example();
  const before = sheetValues(port);
  render(<App port={port} defaultAgreementId="randers-bolig" />);
  const button = await screen.findByRole('button', { name: da.ui.allocate });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  await act(async () => fireEvent.click(button));
  await screen.findByText(da.ui.allocatedTitle);

  await act(async () => fireEvent.click(screen.getByRole('button', { name: da.ui.removeResults })));
  const dialog = (await screen.findByText(/Det fjerner de fem resultatkolonner/, {}, { timeout: 5000 })).closest('[role="dialog"]') as HTMLElement;
  expect(dialog.textContent).toContain('arket "Ledige boliger", række 1–325');
  expect(dialog.textContent).toContain('listen over 324 afgjorte ledige boliger');
  await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: da.ui.removeConfirm, hidden: true })));
  await screen.findByText(da.ui.removeDone);
  const width = before[0].length;
  expect(sheetValues(port).every((row) => row.slice(width).every((v) => v === null))).toBe(true);
  expect(await port.loadStored()).toMatchObject({ state: null, results: null, agreement: { id: 'randers-bolig' } });
});

test('"Selvtest" at the bottom of the Fordel tab: in the workbench it says it is for Excel', async () => {
  const port = await example();
  render(<App port={port} defaultAgreementId="randers-bolig" />);
  await act(async () => fireEvent.click(await screen.findByRole('button', { name: da.selfTest.heading })));
  await act(async () => fireEvent.click(await screen.findByRole('button', { name: da.selfTest.run })));
  expect((await screen.findByTestId('selftest')).textContent).toContain(da.selfTest.onlyExcel);
});

test('the Kontrol tab checks a lettings log: a report sheet with both tables, and the deviating rows marked', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Udlejninger');
  const log = [
    ['Lejemål', 'Boligtype', 'Husleje', 'Ledig fra', 'Udlejet til'],
    ['A1', 'familie', 3000, '2024-01-01', 'Venteliste'],
    ['A2', 'familie', 3000, '2024-01-02', 'Venteliste'],
    ['A3', 'familie', 3000, '2024-01-03', 'Venteliste'], // the 3rd under 4,000 kr: should have been offered
  ];
  log.forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 1, c + 1).value = v)));
  const port = new ExceljsWorkbook(wb);
  render(<App port={port} defaultAgreementId="randers-bolig" />);
  await act(async () => fireEvent.click(await screen.findByRole('tab', { name: da.ui.tabCheck })));
  const button = await screen.findByRole('button', { name: da.check.checkButton });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  await act(async () => fireEvent.click(button));
  await screen.findByText(da.check.checked(da.check.reportSheet, 1));

  const report = port.workbook.getWorksheet(da.check.reportSheet)!;
  expect(report.getCell(1, 1).value).toBe(da.check.reportPoolsTitle);
  expect(report.getRow(3).values).toEqual([undefined, 'Under 4.000 kr. inkl. forbrug', 3, 1, 0, -1, 0]);
  expect(Object.keys((report as unknown as { tables: object }).tables)).toHaveLength(2);
  expect([...port.highlighted.get('Udlejninger')!]).toEqual([4]);
  expect(screen.getByTestId('deviations').textContent).toContain("Række 4: 3. bolig i puljen 'Under 4.000 kr. inkl. forbrug' skulle være tilbudt kommunen");
});

test('the Simulér tab compares the chosen variants on the sheet and writes a comparison sheet with two charts', async () => {
  const port = await example();
  render(<App port={port} defaultAgreementId="randers-bolig" />);
  await act(async () => fireEvent.click(await screen.findByRole('tab', { name: da.ui.tabSimulate })));
  await act(async () => fireEvent.click(screen.getByRole('button', { name: da.simulateTab.run })));
  await screen.findByText(da.simulateTab.done(da.simulateTab.sheetName), {}, { timeout: 10_000 });

  const sheet = readSheet(sheetValues(port) as never);
  if (!sheet.ok) throw new Error();
  const expectedMunicipal = async (id: 'standard-25' | 'randers-bolig') => (await allocate(sheet.rows, bundled(id), null)).summary.municipality;
  const summary = screen.getByTestId('simulation-summary').textContent ?? '';
  // Agreements are shown by name, as people know them, not by id.
  expect(summary).toContain(`${bundled('standard-25').name}${await expectedMunicipal('standard-25')}`);
  expect(summary).toContain(`${bundled('randers-bolig').name}${await expectedMunicipal('randers-bolig')}`);
  expect(summary).not.toContain('standard-25');

  const charts = port.charts.get(da.simulateTab.sheetName)!;
  expect(charts.map((c) => [c.kind, c.title])).toEqual([
    ['column', da.simulateTab.perYearTitle],
    ['line', da.simulateTab.queueTitle],
  ]);
  expect(charts[0].series.map((s) => s.name)).toEqual([bundled('standard-25').name, bundled('randers-bolig').name]);
  expect(Object.keys((port.workbook.getWorksheet(da.simulateTab.sheetName) as unknown as { tables: object }).tables)).toHaveLength(3);
});

test('one click on Fordel reads the sheet once, with the stored data, and the pane shows that read with the results in it', async () => {
  const port = await example();
  render(<App port={port} defaultAgreementId="randers-bolig" />);
  const button = await screen.findByRole('button', { name: da.ui.allocate });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  const reads: string[] = [];
  for (const name of ['readData', 'readDataAndStored', 'loadStored', 'listSheets'] as const) {
    const original = port[name].bind(port) as (...a: unknown[]) => Promise<unknown>;
    jest.spyOn(port, name).mockImplementation(((...a: unknown[]) => (reads.push(name), original(...a))) as never);
  }
  await act(async () => fireEvent.click(button));
  await screen.findByText(da.ui.allocatedTitle);
  await act(async () => new Promise((r) => setTimeout(r, 50)));
  expect(reads).toEqual(['readDataAndStored']);
  expect(screen.getByTestId('data-source').textContent).toContain('324 rækker');
  // What the pane now holds is what a read gives: a second run over it is no edit of the user's.
  await act(async () => fireEvent.click(screen.getByRole('button', { name: da.ui.allocate })));
  await waitFor(() => expect(reads).toEqual(['readDataAndStored', 'readDataAndStored']));
  await screen.findByText(da.ui.allocatedTitle);
  expect(screen.queryByText(da.ui.errorTitle)).toBeNull();
});
