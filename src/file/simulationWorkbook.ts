import type ExcelJS from 'exceljs';
import { exceljs } from './exceljsModule';
import * as da from '../core/da';
import { SimulationResult } from '../core/simulation';
import { CutCell, fitWorkbookToExcel } from './excelFit';
import { addExcelTable } from './excelTable';

type Cell = string | number | null;

/**
 * The comparison as a workbook of Excel Tables, ready for charts. exceljs cannot write charts,
 * so a note says how to add them; the task pane's "Simulér" tab makes them itself.
 */
export async function writeSimulationWorkbook(path: string, result: SimulationResult): Promise<CutCell[]> {
  const s = da.simulation;
  const wb = new (exceljs().Workbook)();
  const ids = uniqueHeaders(result.variants.map((v) => v.agreement));

  const comparison = wb.addWorksheet(s.sheetNames.comparison);
  comparison.getCell('A1').value = s.workbookTitle;
  comparison.getCell('A1').font = { bold: true, size: 14 };
  comparison.getCell('A2').value = s.chartNote;
  comparison.getCell('A2').font = { italic: true };
  const paramLines = s.params(result.params);
  paramLines.forEach((line, i) => (comparison.getCell(3 + i, 1).value = line));
  const first = 4 + paramLines.length;
  addTable(
    comparison,
    'tblSammenligning',
    first,
    s.comparisonColumns,
    result.variants.map((v, i) => [
      ids[i],
      v.name,
      v.municipality,
      v.affordable,
      v.affordableShare,
      v.affordableWithReduction,
      v.reductionsUsed,
      v.vacancyRentCost,
      v.unusableUnits,
      v.averageWaitDays,
      v.medianWaitDays,
      v.served,
      v.queueAtEnd,
      v.spread.largestDepartment === null ? null : v.spread.largestDepartment.department || s.noDepartment,
      v.spread.largestDepartment?.share ?? null,
      v.spread.areaStatus[''],
      v.spread.areaStatus.udsat,
      v.spread.areaStatus.forebyggelse,
      v.spread.areaStatus.omdannelse,
      v.spread.areaStatus.parallelsamfund,
    ]),
  );
  formatColumns(comparison, { 5: '0.0%', 8: '#,##0', 15: '0.0%' });
  comparison.getColumn(1).width = 18;
  comparison.getColumn(2).width = 40;

  const years = wb.addWorksheet(s.sheetNames.perYear);
  years.getCell('A1').value = s.affordablePerYearTitle;
  years.getCell('A1').font = { bold: true };
  const yearList = result.history.years;
  addTable(
    years,
    'tblBetalbarePrAar',
    2,
    [s.yearColumn, ...ids],
    yearList.map((y) => [y, ...result.variants.map((v) => v.perYear.find((p) => p.year === y)!.affordable)]),
  );
  const detailRow = 2 + yearList.length + 3;
  years.getCell(detailRow - 1, 1).value = s.perYearTitle;
  years.getCell(detailRow - 1, 1).font = { bold: true };
  addTable(
    years,
    'tblPrAar',
    detailRow,
    s.perYearSheetColumns,
    yearList.flatMap((y) =>
      result.variants.map((v, i) => {
        const p = v.perYear.find((x) => x.year === y)!;
        return [y, ids[i], p.municipality, p.affordable, p.affordableShare, p.affordableWithReduction, p.vacancyRentCost];
      }),
    ),
  );
  formatColumns(years, { 5: '0.0%', 7: '#,##0' }, detailRow + 1);
  years.getColumn(2).width = 18;

  const queue = wb.addWorksheet(s.sheetNames.waitingList);
  queue.getCell('A1').value = s.waitingListTitle;
  queue.getCell('A1').font = { bold: true };
  const months = result.variants[0]?.queueByMonth.map((m) => m.month) ?? [];
  addTable(
    queue,
    'tblVenteliste',
    2,
    [s.monthColumn, ...ids],
    months.map((m, r) => [da.monthName(m), ...result.variants.map((v) => v.queueByMonth[r].waiting)]),
  );
  queue.getColumn(1).width = 16;

  const cut = fitWorkbookToExcel(wb);
  await wb.xlsx.writeFile(path);
  return cut;
}

/** An Excel Table at column A of `row`; a table without data rows would be a broken file, so none is made then. */
function addTable(ws: ExcelJS.Worksheet, name: string, row: number, headers: readonly string[], rows: Cell[][]): void {
  if (rows.length === 0) {
    headers.forEach((h, c) => (ws.getCell(row, c + 1).value = h));
    ws.getCell(row + 1, 1).value = da.simulation.none;
    return;
  }
  addExcelTable(ws, { name, headerRow: row, headers, rows });
  headers.forEach((h, c) => {
    const column = ws.getColumn(c + 1);
    column.width = Math.max(column.width ?? 10, Math.min(40, h.length + 2));
  });
}

function formatColumns(ws: ExcelJS.Worksheet, formats: Record<number, string>, fromRow = 1): void {
  for (const [column, numFmt] of Object.entries(formats)) {
    ws.getColumn(Number(column)).eachCell((cell, row) => {
      if (row >= fromRow && typeof cell.value === 'number') cell.numFmt = numFmt;
    });
  }
}

/** Table headers must differ; the same agreement given twice gets "(2)". */
function uniqueHeaders(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return k === 1 ? n : `${n} (${k})`;
  });
}
