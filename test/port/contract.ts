import { allocateInWorkbook } from '../../src/app/allocateInWorkbook';
import { CellValue, parseState, serialiseState } from '../../src/core';
import * as da from '../../src/core/da';
import { columnLetter } from '../../src/core/util/columnLetter';
import type { ReportCell, ResultCell } from '../../src/core/results/resultCells';
import type { ReportKind, ReportSheet, ReportTable } from '../../src/core/results/report';
import { makeReport, ReplaceChoice } from '../../src/app/reports';
import { planRemoval, removeResults } from '../../src/app/removeResults';
import { EMPTY_STORED, StoredData, WorkbookPort } from '../../src/port/workbookPort';
import { expectedResults, formulaNamed, HEADERS, laterRows, randers, ruleNamed, smallSheet } from './fixtures';
import { EXCEL_MAX_CELL_CHARS as CELL_CHARS, fitExcelCell } from '../../src/core/results/excelLimits';
import { readAgreementFromSheet, selectErrorCell, writeAgreementToSheet } from '../../src/app/agreementSheet';
import { modelFromAgreement } from '../../src/core/agreement/model/fromAgreement';
import { agreementSheetLayout } from '../../src/core/agreement/sheet/layout';
import { agreementFrom, BUNDLED, bundled } from '../helpers';
import { sheetGrid } from '../support/agreementSheet';

/** What a contract test can see of a workbook, whichever adapter holds it. */
export interface Harness {
  port: WorkbookPort;
  /** The cells as the user sees them, from A1; null where empty. */
  values(sheet: string): CellValue[][];
  isFormula(sheet: string, row: number, column: number): boolean;
  /** Types a value into a cell as the user would (row 1-based, column 0-based). */
  type(sheet: string, row: number, column: number, value: CellValue): void;
  sheetNames(): string[];
  activeSheet(): string;
  selection(): { sheet: string; row: number; column: number } | null;
  /** A cell's number format (row 1-based, column 0-based). */
  numberFormat(sheet: string, row: number, column: number): string | null;
  /** Table areas on a sheet, as A1 addresses. */
  tables(sheet: string): string[];
  /** Conditional formats on a sheet: the range and the rule's formula (with "="). */
  conditionalFormats(sheet: string): { range: string; formula: string }[];
  addUserConditionalFormat(sheet: string, range: string, formula: string): void;
  /** Charts on a sheet: kind, title, the categories (first column) and the series (other headers). */
  charts(sheet: string): { kind: 'column' | 'line'; title: string; categories: string[]; series: string[] }[];
  /** A new sheet holding these cells from A1, typed as a person types them (no tables). */
  addSheet(name: string, cells: CellValue[][]): void;
  /** A table of this name over an area of a sheet, as a user makes one. */
  addTable(sheet: string, area: string, name: string): void;
  /** The tables on a sheet, by name and area. */
  namedTables(sheet: string): { name: string; area: string }[];
  /** Drop-downs on a sheet: the cells, the list (its values, or the area it is read from), and whether other values are refused. */
  validations(sheet: string): { area: string; list: string[] | string; strict: boolean; message: string }[];
}

export interface SheetSetup {
  /** Make the cells an Excel table and put the selection in it. */
  asTable?: boolean;
}

export type MakeHarness = (table: CellValue[][], setup?: SheetSetup) => Promise<Harness>;

const SHEET = 'Ark1';
/** The stored counters after randers-bolig over smallSheet(), as "Fjern resultater" names them. */
const AFTER_FIRST_RUN = {
  pools: [
    { label: 'Under 4.000 kr. inkl. forbrug', counter: 3 },
    { label: '4.000–6.000 kr. inkl. forbrug', counter: 1 },
  ],
  decided: 6,
};
const FIVE = [...da.resultColumns] as ResultCell[];

/** The result block as written: the five cells right of the data, for each sheet row from the header. */
function resultBlock(h: Harness, start: number, rows: number): CellValue[][] {
  return h
    .values(SHEET)
    .slice(0, rows)
    .map((row) => FIVE.map((_, i) => row[start + i] ?? null));
}

function expectDecisionsWritten(h: Harness, table: CellValue[][], expected: Map<number, ResultCell[]>, start = HEADERS.length): void {
  const block = resultBlock(h, start, table.length);
  expect(block[0]).toEqual(FIVE);
  for (let row = 2; row <= table.length; row++) expect({ row, cells: block[row - 1] }).toEqual({ row, cells: expected.get(row) ?? [null, null, null, null, null] });
}

function report(kind: ReportKind, baseName: string, tables: ReportTable[]): ReportSheet {
  return { kind, baseName, tables, titled: true, charts: [] };
}

function offer(headers: string[], rows: ReportCell[][]): ReportSheet {
  return { kind: 'offerList', baseName: 'Tilbudsliste', tables: [{ title: 'Tilbudsliste', headers, rows }], titled: false, charts: [] };
}

const offerSheet = (rows: ReportCell[][]) => offer(['Lejemål', 'Ledig fra'], rows);

/** A date cell as ISO, whether the adapter hands back a Date (a file) or a serial number (Excel). */
function asDate(v: CellValue): string | null {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return new Date(Date.UTC(1899, 11, 30) + v * 86_400_000).toISOString().slice(0, 10);
  return null;
}

/** Lets events queued by the adapter (Excel's onActivated arrives after the request) reach their listeners. */
const settle = () => new Promise((r) => setTimeout(r, 10));

async function runOk(h: Harness, agreement = randers()) {
  const run = await allocateInWorkbook(h.port, agreement);
  if (!run.ok) throw new Error(run.error);
  return run;
}

function ledger(stored: StoredData) {
  return stored.state === null ? null : JSON.parse(stored.state).ledger;
}

/** One suite for every WorkbookPort adapter: what the task pane relies on, whichever workbook it has. */
export function portContract(name: string, make: MakeHarness): void {
  describe(`${name}: the WorkbookPort contract`, () => {
    it('writes exactly the five result columns right of the data, with the core’s decision in every row, and leaves the user’s cells alone', async () => {
      const table = smallSheet();
      const h = await make(table);
      await runOk(h);

      expectDecisionsWritten(h, table, await expectedResults(table, randers()));
      const sheet = h.values(SHEET);
      expect(sheet.map((row) => row.slice(0, HEADERS.length).map((v) => v ?? null))).toEqual(table.map((row) => row.map((v) => v ?? null)));
      expect(sheet.every((row) => (row[HEADERS.length + FIVE.length] ?? null) === null)).toBe(true);
      expect(sheet.length).toBe(table.length);
    });

    it('writes text that looks like a formula as text', async () => {
      const table = smallSheet();
      const h = await make(table);
      await runOk(h, formulaNamed());

      const ruleColumn = HEADERS.length + 1;
      expect(h.values(SHEET)[1][ruleColumn]).toBe('=SUM(A1)');
      expect(h.isFormula(SHEET, 2, ruleColumn)).toBe(false);
    });

    it('writes a text longer than the 32,767 characters an Excel cell holds cut, with a note saying so; the next run is no edit', async () => {
      const long = 'Familieboliger til kommunen efter aftalens § 3 '.repeat(900);
      expect(long.length).toBeGreaterThan(CELL_CHARS);
      const h = await make(smallSheet());
      await runOk(h, ruleNamed(long));
      const written = String(h.values(SHEET)[1][HEADERS.length + 1]);
      expect({ length: written.length, start: written.startsWith(long.slice(0, 1000)), note: written.endsWith(da.file.cutNote(long.length)) }).toEqual({ length: CELL_CHARS, start: true, note: true });
      const before = JSON.stringify(h.values(SHEET));
      await runOk(h, ruleNamed(long));
      expect(JSON.stringify(h.values(SHEET)) === before).toBe(true);
    });

    it('a report cell longer than an Excel cell holds is cut, with the note', async () => {
      const h = await make(smallSheet());
      const long = 'Vestergade '.repeat(4000);
      const name = await h.port.writeReport(offer(['Lejemål', 'Adresse'], [['1001', long]]), null);
      const cell = String(h.values(name)[1][1]);
      // Compared as facts, not as texts: a failure should not print 44,000 characters.
      expect({ length: cell.length, same: cell === fitExcelCell(long) }).toEqual({ length: CELL_CHARS, same: true });
    });

    it('changes nothing when the same sheet is run again', async () => {
      const h = await make(smallSheet());
      const first = await runOk(h);
      const cells = h.values(SHEET);
      const stored = await h.port.loadStored();

      const second = await runOk(h);
      expect(h.values(SHEET)).toEqual(cells);
      expect(second.result.decisions).toEqual(first.result.decisions);
      const again = await h.port.loadStored();
      expect(ledger(again)).toEqual(ledger(stored));
      expect(JSON.parse(again.state!).counters).toEqual(JSON.parse(stored.state!).counters);
    });

    it('readDataAndStored gives what readData and loadStored give, as one operation, for a sheet and for a table', async () => {
      for (const asTable of [false, true]) {
        const h = await make(smallSheet(), { asTable });
        expect(await h.port.readDataAndStored()).toEqual({ snapshot: await h.port.readData(), stored: EMPTY_STORED });
        await runOk(h);
        const both = await h.port.readDataAndStored();
        expect(both.snapshot).toEqual(await h.port.readData());
        expect(both.stored).toEqual(await h.port.loadStored());
        expect(both.stored.results).toMatchObject({ sheetName: SHEET, headerRow: 1 });
        expect(both.snapshot.tableName === null).toBe(!asTable);
      }
    });

    it('a run hands back the data as a read right after it gives it, its results beside the data', async () => {
      for (const asTable of [false, true]) {
        const h = await make(smallSheet(), { asTable });
        const run = await runOk(h);
        const fresh = await h.port.readData(run.read.snapshot.tableName === null ? undefined : { sheetName: SHEET, tableName: run.read.snapshot.tableName });
        const blank = (rows: CellValue[][]) => rows.map((r) => r.map((v) => (v === '' || v === undefined ? null : v)));
        expect({ ...run.read.snapshot, values: blank(run.read.snapshot.values) }).toEqual({ ...fresh, values: blank(fresh.values) });
        expect(run.read.snapshot.values[0].slice(HEADERS.length + (asTable ? 1 : 0))).toEqual(FIVE);
      }
    });

    it('continues the counters for rows added below', async () => {
      const table = smallSheet();
      const h = await make(table);
      await runOk(h);
      const state = parseState((await h.port.loadStored()).state!, 'randers-bolig');
      if (!state.ok) throw new Error(state.error.code);

      const grown = [...table, ...laterRows()];
      laterRows().forEach((row, i) => row.forEach((v, c) => h.type(SHEET, table.length + 1 + i, c, v)));
      await runOk(h);

      const expected = await expectedResults(grown, randers(), state.state);
      expectDecisionsWritten(h, grown, expected);
      // 1001–1003 took positions 1–3 in the cheap pool; the new rows go on from there.
      expect([7, 8, 9].map((i) => h.values(SHEET)[i][HEADERS.length + 3])).toEqual([4, 5, 6]);
      expect(h.values(SHEET)[9][HEADERS.length]).toBe(da.outcomeLabel.municipality);
    });

    it('empties the result cells a re-decided row no longer uses', async () => {
      const table = smallSheet();
      const h = await make(table);
      await runOk(h);
      const state = parseState((await h.port.loadStored()).state!, 'randers-bolig');
      if (!state.ok) throw new Error(state.error.code);
      // The user corrects 1001: a youth unit, vacant later. As a new vacancy it goes to the waiting list, in no pool.
      h.type(SHEET, 2, 2, 'Ungdomsbolig');
      h.type(SHEET, 2, 5, '2024-03-01');
      await runOk(h);

      const edited = h
        .values(SHEET)
        .slice(0, table.length)
        .map((row) => row.slice(0, HEADERS.length));
      expectDecisionsWritten(h, edited, await expectedResults(edited, randers(), state.state));
      expect(h.values(SHEET)[1].slice(HEADERS.length + 2, HEADERS.length + 4)).toEqual([null, null]);
    });

    it('refuses to run, and writes and saves nothing, when the user has typed into the result columns', async () => {
      const h = await make(smallSheet());
      await runOk(h);
      h.type(SHEET, 3, HEADERS.length + 4, 'min egen note');
      const cells = h.values(SHEET);
      const stored = await h.port.loadStored();

      const run = await allocateInWorkbook(h.port, randers());
      expect(run).toMatchObject({ ok: false, error: da.workbook.resultsEdited(SHEET) });
      expect(h.values(SHEET)).toEqual(cells);
      expect(await h.port.loadStored()).toEqual(stored);
    });

    it('keeps agreement, state and fingerprint in the workbook, and a reset makes the next run count from zero', async () => {
      const table = smallSheet();
      const h = await make(table);
      expect(await h.port.loadStored()).toEqual(EMPTY_STORED);
      await runOk(h);
      const stored = await h.port.loadStored();
      expect(stored.agreement).toEqual(randers().source);
      expect(stored.results).toMatchObject({ sheetName: SHEET, headerRow: 1, startColumn: HEADERS.length, rowCount: table.length });

      const odd = {
        ...stored,
        state: serialiseState({
          agreement: 'x',
          counters: { a: 1 },
          capUse: {},
          ledger: [{ unitId: 'æøå <&> "😀"\r\n', vacantFrom: null, outcome: 'waitlist', rule: null, pool: null, position: null, reason: ']]> &amp;' }],
        }),
      };
      await h.port.saveStored(odd);
      expect(await h.port.loadStored()).toEqual(odd);

      await h.port.saveStored({ ...stored, state: null });
      expect(await h.port.loadStored()).toEqual({ ...stored, state: null });
      // A vacancy from before the others, added below: from zero it takes position 1 and moves the rest on.
      const earlier: CellValue[] = ['1000', '103', 'Familiebolig', 3000, 600, '2023-12-30', null, null];
      earlier.forEach((v, c) => h.type(SHEET, table.length + 1, c, v));
      await runOk(h);
      const grown = [...table, earlier];
      expectDecisionsWritten(h, grown, await expectedResults(grown, randers(), null));
      expect(h.values(SHEET)[7][HEADERS.length + 3]).toBe(1);
    });

    it('refuses, and changes nothing, when the stored counters belong to another agreement or cannot be read', async () => {
      const h = await make(smallSheet());
      await runOk(h);
      const stored = await h.port.loadStored();
      const before = h.values(SHEET);
      const other = { ...randers(), id: 'andet-id' };
      const refused = await allocateInWorkbook(h.port, other);
      expect(refused).toMatchObject({ ok: false, error: da.workbook.stateOtherAgreement(randers().id, 'andet-id') });

      await h.port.saveStored({ ...stored, state: stored.state!.replace('"counters": {', '"counters": {"x": -1, ') });
      const corrupt = await allocateInWorkbook(h.port, randers());
      expect(corrupt).toMatchObject({ ok: false, error: expect.stringMatching(/^Projektmappens gemte tællere kan ikke læses: .*"counters"/) });
      expect(h.values(SHEET)).toEqual(before);
    });

    it('Fjern resultater: removes the result columns, their highlighting and the counters after saying what goes; the agreement and the user’s cells stay; the next run counts from zero', async () => {
      const table = smallSheet();
      const h = await make(table);
      h.addUserConditionalFormat(SHEET, 'D2:D7', '=$D2>4000');
      await runOk(h);
      const removal = await planRemoval(h.port, randers());
      expect(removal).toEqual({
        area: { sheetName: SHEET, headerRow: 1, startColumn: HEADERS.length, rowCount: table.length },
        body: da.ui.removeBody({ block: { sheet: SHEET, gone: false, firstRow: 1, lastRow: table.length, edited: false }, state: AFTER_FIRST_RUN }),
      });
      expect(await removeResults(h.port, removal!)).toBe(da.ui.removeDone);

      const sheet = h.values(SHEET);
      expect(sheet.map((row) => row.slice(0, HEADERS.length).map((v) => v ?? null))).toEqual(table.map((row) => row.map((v) => v ?? null)));
      expect(sheet.every((row) => row.slice(HEADERS.length).every((v) => v === null))).toBe(true);
      expect(h.numberFormat(SHEET, 2, HEADERS.length + 1)).not.toBe('@');
      expect(h.conditionalFormats(SHEET)).toEqual([{ range: 'D2:D7', formula: '=$D2>4000' }]);
      expect(await h.port.loadStored()).toEqual({ agreement: randers().source, state: null, results: null });
      expect(await planRemoval(h.port, randers())).toBeNull();

      await runOk(h);
      expectDecisionsWritten(h, table, await expectedResults(table, randers(), null));
    });

    it('Fjern resultater says when the result columns hold changes of the user’s, which go too', async () => {
      const h = await make(smallSheet());
      await runOk(h);
      h.type(SHEET, 3, HEADERS.length + 4, 'min egen note');
      const removal = await planRemoval(h.port, randers());
      expect(removal!.body).toBe(da.ui.removeBody({ block: { sheet: SHEET, gone: false, firstRow: 1, lastRow: 7, edited: true }, state: AFTER_FIRST_RUN }));
      await removeResults(h.port, removal!);
      expect(h.values(SHEET).every((row) => row.slice(HEADERS.length).every((v) => v === null))).toBe(true);
    });

    it('highlights municipal rows with one conditional format on the result columns, not stacked by re-runs, and leaves the user’s own alone', async () => {
      const table = smallSheet();
      const h = await make(table);
      h.addUserConditionalFormat(SHEET, 'D2:D7', '=$D2>4000');
      await runOk(h);
      await runOk(h);
      laterRows().forEach((row, i) => row.forEach((v, c) => h.type(SHEET, table.length + 1 + i, c, v)));
      await runOk(h);

      const formats = h.conditionalFormats(SHEET);
      expect(formats).toContainEqual({ range: 'D2:D7', formula: '=$D2>4000' });
      expect(formats.filter((f) => f.range !== 'D2:D7')).toEqual([{ range: 'I2:M10', formula: `=$I2="${da.outcomeLabel.municipality}"` }]);
    });

    it('reads the table the selection is in, and never writes over a note beside it', async () => {
      const table = smallSheet();
      const h = await make(table, { asTable: true });
      h.type(SHEET, 3, HEADERS.length + 1, 'note ved siden af');
      const snapshot = await h.port.readData();
      expect(snapshot.tableName).not.toBeNull();
      await runOk(h);

      const row3 = h.values(SHEET)[2];
      expect(row3[HEADERS.length + 1]).toBe('note ved siden af');
      const start = h.values(SHEET)[0].indexOf('Anvisning');
      expect(start).toBeGreaterThan(HEADERS.length + 1);
      expectDecisionsWritten(h, table, await expectedResults(table, randers()), start);
    });

    it('writes a report on a sheet of its own as an Excel table, dates as date cells and text as text, and records it as its own', async () => {
      const h = await make(smallSheet());
      const headers = ['Lejemål', 'Afdeling', 'Husleje', 'Ledig fra'];
      const rows: ReportCell[][] = [
        ['1003', '106', 2900, { date: '2024-03-01' }],
        ['1009', '=1+1', 3500, null],
      ];
      const name = await h.port.writeReport(offer(headers, rows), null);

      expect(name).toBe('Tilbudsliste');
      expect(h.sheetNames()).toEqual([SHEET, name]);
      expect(h.activeSheet()).toBe(name);
      const values = h.values(name);
      expect(values.map((r) => r.slice(0, 3))).toEqual([headers.slice(0, 3), ['1003', '106', 2900], ['1009', '=1+1', 3500]]);
      expect(asDate(values[1][3])).toBe('2024-03-01');
      expect(h.numberFormat(name, 2, 3)).toBe('dd-mm-yyyy');
      expect(h.isFormula(name, 3, 1)).toBe(false);
      expect(h.tables(name)).toEqual(['A1:D3']);
      const list = await h.port.listSheets();
      expect(list).toMatchObject({ active: name, names: [SHEET, name] });
      expect(list.own).toEqual([{ kind: 'offerList', name, fingerprint: expect.any(String) }]);

      await h.port.selectCell(SHEET, 4, 2);
      expect(h.activeSheet()).toBe(SHEET);
      expect(h.selection()).toEqual({ sheet: SHEET, row: 4, column: 2 });
    });

    it('made again in place of its earlier sheet, a report takes that sheet’s name; otherwise the name is made unique', async () => {
      const h = await make(smallSheet());
      const first = await h.port.writeReport(offer(['Lejemål'], [['A']]), null);
      const replaced = await h.port.writeReport(
        offer(
          ['Lejemål', 'Rum'],
          [
            ['B', 2],
            ['C', 3],
          ],
        ),
        first,
      );
      expect(replaced).toBe(first);
      expect(h.sheetNames()).toEqual([SHEET, first]);
      expect(h.values(first)).toEqual([
        ['Lejemål', 'Rum'],
        ['B', 2],
        ['C', 3],
      ]);
      expect(h.tables(first)).toEqual(['A1:B3']);

      const beside = await h.port.writeReport(offer(['Lejemål'], [['D']]), null);
      expect(beside).toBe('Tilbudsliste 2');
      expect(h.sheetNames()).toEqual([SHEET, first, beside]);
      // One record per kind: the newest sheet of the kind is the add-in's.
      expect((await h.port.listSheets()).own.map((o) => [o.kind, o.name])).toEqual([['offerList', beside]]);
    });

    it('creates a report sheet with several titled tables, under a unique name', async () => {
      const h = await make(smallSheet());
      const tables = [
        {
          title: 'Puljer',
          headers: ['Pulje', 'Talt'],
          rows: [
            ['Under 4.000', 10],
            ['4.000–6.000', 3],
          ] as ReportCell[][],
        },
        { title: 'Afvigelser', headers: ['Række', 'Begrundelse'], rows: [[4, '=ikke en formel']] as ReportCell[][] },
      ];
      const name = await h.port.writeReport(report('check', 'Kontrol', tables), null);
      expect(await h.port.writeReport(report('check', 'Kontrol', tables), null)).not.toBe(name);
      expect(h.activeSheet()).not.toBe(SHEET);
      const values = h.values(name);
      expect(values.slice(0, 4).map((r) => r.slice(0, 2))).toEqual([
        ['Puljer', null],
        ['Pulje', 'Talt'],
        ['Under 4.000', 10],
        ['4.000–6.000', 3],
      ]);
      // Two empty rows after the first table (rows 5 and 6), then the next title.
      expect(values.slice(4, 9).map((r) => r.slice(0, 2))).toEqual([
        [null, null],
        [null, null],
        ['Afvigelser', null],
        ['Række', 'Begrundelse'],
        [4, '=ikke en formel'],
      ]);
      expect(h.isFormula(name, 9, 1)).toBe(false);
      expect(h.tables(name)).toEqual(['A2:B4', 'A8:B9']);
    });

    it('reads a named sheet, or a named table, whichever sheet is active; lists the visible sheets', async () => {
      const table = smallSheet();
      const h = await make(table, { asTable: true });
      const own = await h.port.writeReport(offer(['Lejemål'], [['X']]), null);
      expect(h.activeSheet()).toBe(own);
      const bySheet = await h.port.readData({ sheetName: SHEET, tableName: null });
      expect(bySheet).toMatchObject({ sheetName: SHEET, firstRow: 1, firstColumn: 0, tableName: null });
      const blank = (v: CellValue) => (v === '' || v === undefined ? null : v);
      expect(bySheet.values.slice(0, table.length).map((r) => r.slice(0, HEADERS.length).map(blank))).toEqual(table.map((r) => r.map(blank)));
      expect(h.activeSheet()).toBe(own);
      await h.port.selectCell(SHEET, 2, 1);
      const selected = await h.port.readData();
      expect(selected.tableName).not.toBeNull();
      await h.port.selectCell(own, 1, 0);
      const byTable = await h.port.readData({ sheetName: SHEET, tableName: selected.tableName });
      expect(byTable).toMatchObject({ sheetName: SHEET, tableName: selected.tableName, firstRow: 1 });
      expect(byTable.values.length).toBe(table.length);
      const list = await h.port.listSheets();
      expect(list.names).toEqual([SHEET, own]);
    });

    it('tells when another sheet is shown, by the user or by the add-in, and not when the shown sheet stays', async () => {
      const h = await make(smallSheet());
      const heard: string[] = [];
      const stop = h.port.onSheetActivated((name) => heard.push(name));
      await settle();
      const own = await h.port.writeReport(offer(['Lejemål'], [['X']]), null);
      await settle();
      await h.port.selectCell(SHEET, 3, 0);
      await settle();
      await h.port.selectCell(SHEET, 4, 0);
      await settle();
      expect(heard).toEqual([own, SHEET]);
      stop();
      await h.port.selectCell(own, 1, 0);
      await settle();
      expect(heard).toEqual([own, SHEET]);
    });

    it('keeps agreement variants apart from the agreement, state and results, and replaces them as a whole', async () => {
      const h = await make(smallSheet());
      await runOk(h);
      const stored = await h.port.loadStored();
      expect(await h.port.loadVariants()).toEqual([]);
      const variant = { file: { ...randers().source, id: 'randers-bolig-v2', name: 'Randers <variant> & "2"' }, basedOn: 'randers-bolig' };
      const blank = { file: { id: 'ny', name: 'Ny aftale', pools: [], rules: [] }, basedOn: null };
      await h.port.saveVariants([variant, blank]);
      expect(await h.port.loadVariants()).toEqual([variant, blank]);
      expect(await h.port.loadStored()).toEqual(stored);
      await h.port.saveVariants([blank]);
      expect(await h.port.loadVariants()).toEqual([blank]);
      // The next run stores agreement and state again; the variants stay.
      await runOk(h);
      expect(await h.port.loadVariants()).toEqual([blank]);
    });

    it('makeReport: an unchanged earlier report is replaced; one the user changed is replaced, kept, or left, as they answer', async () => {
      const h = await make(smallSheet());
      const asked: string[] = [];
      const answer = (choice: ReplaceChoice) => async (sheet: string) => (asked.push(sheet), choice);
      const first = await makeReport(h.port, offerSheet([['A', { date: '2024-01-02' }]]), answer('cancel'));
      expect(first).toEqual({ name: 'Tilbudsliste', replaced: false });
      const again = await makeReport(h.port, offerSheet([['B', { date: '2024-01-03' }]]), answer('cancel'));
      expect(again).toEqual({ name: 'Tilbudsliste', replaced: true });
      expect(asked).toEqual([]);
      expect(h.sheetNames()).toEqual([SHEET, 'Tilbudsliste']);

      h.type('Tilbudsliste', 2, 2, 'sendt til kommunen 12/3');
      expect(await makeReport(h.port, offerSheet([['C', null]]), answer('cancel'))).toBeNull();
      expect(asked).toEqual(['Tilbudsliste']);
      expect(h.values('Tilbudsliste')[1][2]).toBe('sendt til kommunen 12/3');
      expect(await makeReport(h.port, offerSheet([['D', null]]), answer('new'))).toEqual({ name: 'Tilbudsliste 2', replaced: false });
      expect(h.values('Tilbudsliste')[1][2]).toBe('sendt til kommunen 12/3');
      h.type('Tilbudsliste 2', 2, 0, 'E');
      expect(await makeReport(h.port, offerSheet([['F', null]]), answer('replace'))).toEqual({ name: 'Tilbudsliste 2', replaced: true });
      expect(h.values('Tilbudsliste 2')[1][0]).toBe('F');
      expect(h.sheetNames()).toEqual([SHEET, 'Tilbudsliste', 'Tilbudsliste 2']);
    });

    it('highlights rows with its own rule, replaces that rule on the next call, and leaves the user’s rules alone', async () => {
      const h = await make(smallSheet());
      h.addUserConditionalFormat(SHEET, 'A2:A3', '=$A2="x"');
      const area = { firstRow: 2, lastRow: 6, firstColumn: 0, lastColumn: HEADERS.length - 1 };
      await h.port.highlightRows(SHEET, area, [3, 5]);
      await h.port.highlightRows(SHEET, area, [4]);
      const formulas = h.conditionalFormats(SHEET).map((f) => f.formula);
      expect(formulas).toContain('=$A2="x"');
      expect(formulas.filter((f) => f.startsWith('=ISNUMBER(MATCH(ROW(),{'))).toEqual(['=ISNUMBER(MATCH(ROW(),{4},0))']);
      await h.port.highlightRows(SHEET, area, []);
      expect(h.conditionalFormats(SHEET).map((f) => f.formula)).toEqual(['=$A2="x"']);
    });

    it('highlights rows when other sheets of the workbook have conditional formats of their own, and leaves those alone', async () => {
      const h = await make(smallSheet());
      h.addSheet('Noter', [['x'], ['y']]);
      h.addUserConditionalFormat('Noter', 'A1:A5', '=$A1="y"');
      h.addUserConditionalFormat('Noter', 'B1:B5', '=$B1="y"');
      const area = { firstRow: 2, lastRow: 6, firstColumn: 0, lastColumn: HEADERS.length - 1 };
      await h.port.highlightRows(SHEET, area, [3]);
      await h.port.highlightRows(SHEET, area, [4, 5]);
      expect(h.conditionalFormats(SHEET).map((f) => f.formula)).toEqual(['=ISNUMBER(MATCH(ROW(),{4,5},0))']);
      expect(h.conditionalFormats('Noter').map((f) => f.formula)).toEqual(['=$A1="y"', '=$B1="y"']);
    });

    it('puts charts over a report table: categories from its first column, one series per other column', async () => {
      const h = await make(smallSheet());
      const tables = [
        {
          title: 'Betalbare pr. år',
          headers: ['År', 'standard-25', 'randers-bolig'],
          rows: [
            [2022, 13, 30],
            [2023, 12, 36],
          ] as ReportCell[][],
        },
      ];
      const name = await h.port.writeReport({ ...report('simulation', 'Sammenligning', tables), charts: [{ title: 'Betalbare boliger pr. år', table: 0, kind: 'column' }] }, null);
      expect(h.charts(name)).toEqual([{ kind: 'column', title: 'Betalbare boliger pr. år', categories: ['2022', '2023'], series: ['standard-25', 'randers-bolig'] }]);
    });
  });

  describe(`${name}: the agreement sheet`, () => {
    const AFTALE = da.agreementSheet.sheetName;
    const readBack = async (h: Harness) => {
      const read = await readAgreementFromSheet(h.port);
      if (!read.ok) throw new Error(JSON.stringify(read.errors, null, 1));
      return read.agreement;
    };

    it('writes the agreement as three named tables under bold titles, the cells as the layout says (text as text), and shows the sheet', async () => {
      const h = await make(smallSheet());
      const agreement = agreementFrom({ ...randers().source, rules: [...randers().source.rules, { name: '=SUM(A1)', priority: 1, conditions: { all: [] }, event: { type: 'waitlist' } }] });
      const layout = agreementSheetLayout(modelFromAgreement(agreement));
      const written = await writeAgreementToSheet(h.port, agreement);
      expect(written).toEqual({ ok: true, sheetName: AFTALE, message: da.agreementSheet.written(AFTALE) });
      expect(h.sheetNames()).toEqual([SHEET, AFTALE]);
      expect(h.activeSheet()).toBe(AFTALE);
      expect(h.namedTables(AFTALE)).toEqual(layout.tables.map((t) => ({ name: t.name, area: `A${t.headerRow}:${columnLetter(t.headers.length - 1)}${t.headerRow + t.rows.length}` })));
      const grid = sheetGrid(layout);
      const width = Math.max(...grid.map((r) => r.length));
      expect(h.values(AFTALE)).toEqual(grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null)));
      const rules = layout.tables[2];
      expect(h.isFormula(AFTALE, rules.headerRow + rules.rows.length, 0)).toBe(false);
    });

    it('puts drop-downs on Udfald (refusing other values), Pulje (the pools’ names), the label columns and Ellers', async () => {
      const h = await make(smallSheet());
      const agreement = bundled('randers-bolig');
      await writeAgreementToSheet(h.port, agreement);
      const [meta, pools, rules] = agreementSheetLayout(modelFromAgreement(agreement)).tables;
      const column = (header: string) => columnLetter(rules.headers.indexOf(header));
      const body = (header: string) => `${column(header)}${rules.headerRow + 1}:${column(header)}${rules.headerRow + rules.rows.length}`;
      const validations = h.validations(AFTALE);
      expect(validations).toHaveLength(5);
      expect(validations).toEqual(
        expect.arrayContaining([
          { area: body('Udfald'), list: ['Undtaget', 'Venteliste', 'Kommunen', 'Pulje', 'Forespørgsel'], strict: true, message: da.agreementSheet.outcomeAlert.message },
          { area: body('Pulje'), list: `A${pools.headerRow + 1}:A${pools.headerRow + 2}`, strict: false, message: '' },
          { area: body('Boligtype'), list: ['Familiebolig', 'Ungdomsbolig', 'Ældrebolig'], strict: false, message: '' },
          { area: body('Udlejning'), list: ['Ekstern', 'Intern', 'Bytte'], strict: false, message: '' },
          { area: `B${meta.headerRow + 6}`, list: ['Venteliste', 'Kommunen', 'Undtaget'], strict: true, message: da.agreementSheet.defaultOutcomeAlert.message },
        ]),
      );
    });

    test.each(BUNDLED)('%s: written and read back, the same decision for every vacancy', async (id) => {
      const h = await make(smallSheet());
      await writeAgreementToSheet(h.port, bundled(id));
      const back = await readBack(h);
      expect(back.id).toBe(id);
      const table = smallSheet();
      expect(await expectedResults(table, back)).toEqual(await expectedResults(table, bundled(id)));
    });

    it('reads what the user changed in a cell, and names the cell of a mistake so the pane can select it', async () => {
      const h = await make(smallSheet());
      await writeAgreementToSheet(h.port, randers());
      const rules = agreementSheetLayout(modelFromAgreement(randers())).tables[2];
      const rent = rules.headers.indexOf('Husleje inkl. forbrug');
      // The cheap band now ends at 3.500 kr.
      h.type(AFTALE, rules.headerRow + 2, rent, 'under 3.500');
      const changed = await readBack(h);
      expect(changed.rules.find((r) => r.name === 'Familiebolig under 4.000 kr.')!.conditions).toEqual({
        all: [
          { fact: 'housingType', operator: 'equal', value: 'familie' },
          { fact: 'rentInclConsumption', operator: 'lessThan', value: 3500 },
        ],
      });

      h.type(AFTALE, rules.headerRow + 3, rent, '4.000-6.000 kr, ca.');
      const read = await readAgreementFromSheet(h.port);
      if (read.ok) throw new Error('expected an error');
      const where = `Regler!${columnLetter(rent)}${rules.headerRow + 3}`;
      expect(read.errors).toMatchObject([{ code: 'badCondition', values: { problem: { code: 'badNumber' } }, where, cell: { sheet: AFTALE, row: rules.headerRow + 3, column: rent } }]);
      expect(read.message).toBe(da.agreementSheet.readFailed(1));
      expect(await selectErrorCell(h.port, read.errors[0])).toBe(true);
      expect(h.activeSheet()).toBe(AFTALE);
      expect(h.selection()).toEqual({ sheet: AFTALE, row: rules.headerRow + 3, column: rent });
    });

    it('reads a sheet typed by hand, without tables, like the product’s own', async () => {
      const h = await make(smallSheet());
      h.addSheet(
        AFTALE,
        sheetGrid(agreementSheetLayout(modelFromAgreement(randers()))).map((r) => r.map((v) => v ?? null)),
      );
      const back = await readBack(h);
      const table = smallSheet();
      expect(await expectedResults(table, back)).toEqual(await expectedResults(table, randers()));
    });

    it('refuses to write over a sheet of that name, changing nothing; with replace it writes a new one in its place', async () => {
      const h = await make(smallSheet());
      h.addSheet('aftale', [['mine egne noter']]);
      const refused = await writeAgreementToSheet(h.port, randers());
      expect(refused).toEqual({ ok: false, code: 'sheetExists', message: da.agreementSheet.sheetExists('aftale') });
      expect(h.values('aftale')).toEqual([['mine egne noter']]);

      expect(await writeAgreementToSheet(h.port, randers(), { replace: true })).toMatchObject({ ok: true });
      expect(h.sheetNames().map((n) => n.toLowerCase())).toEqual([SHEET.toLowerCase(), 'aftale']);
      expect((await readBack(h)).id).toBe('randers-bolig');
      // And again over its own sheet: the old tables go with the old sheet.
      expect(await writeAgreementToSheet(h.port, bundled('standard-25'), { replace: true })).toMatchObject({ ok: true });
      expect((await readBack(h)).id).toBe('standard-25');
      expect(h.namedTables(AFTALE).map((t) => t.name)).toEqual(['Aftale', 'Puljer', 'Regler']);
    });

    it('refuses when another sheet holds a table named like one of its tables', async () => {
      const h = await make(smallSheet());
      h.addTable(SHEET, 'A1:H7', 'Regler');
      const refused = await writeAgreementToSheet(h.port, randers());
      expect(refused).toEqual({ ok: false, code: 'tableNameTaken', message: da.agreementSheet.tableNameTaken('Regler') });
      expect(h.sheetNames()).toEqual([SHEET]);
    });

    it('refuses to write an agreement with a cell longer than an Excel cell holds, naming the cell, and writes nothing', async () => {
      const h = await make(smallSheet());
      const departments = Array.from({ length: 6000 }, (_, i) => `afd-${i}`);
      const agreement = agreementFrom({
        ...randers().source,
        rules: [
          ...randers().source.rules,
          { name: 'Mange afdelinger', priority: 1, conditions: { any: departments.map((d) => ({ fact: 'department', operator: 'equal', value: d })) }, event: { type: 'allocate' } },
        ],
      });
      const refused = await writeAgreementToSheet(h.port, agreement);
      expect(refused).toMatchObject({ ok: false, code: 'cellTooLong' });
      if (!refused.ok) expect(refused.message).toMatch(/^Regler!\w+\d+/);
      expect(h.sheetNames()).toEqual([SHEET]);
    });

    it('a workbook without the sheet tells so, with no cell to select', async () => {
      const h = await make(smallSheet());
      const read = await readAgreementFromSheet(h.port);
      expect(read).toMatchObject({ ok: false, errors: [{ code: 'noSheet', values: {} }] });
      if (!read.ok) expect(await selectErrorCell(h.port, read.errors[0])).toBe(false);
    });
  });
}
