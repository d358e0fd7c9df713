import type { TableArea } from '../core/results';
import { a1 } from './a1';

/**
 * A chart over a report table, with its series set by hand rather than left to Excel's guess: a
 * first column of numbers under a header ("År" over 2022, 2023) can be taken for one more series
 * instead of the categories, and no page says when. So after charts.add (ExcelApi 1.1) the series
 * are counted, and each is given its name, its values (ChartSeries.setValues) and the table's
 * first column as its categories (ChartSeries.setXAxisValues), series added or deleted to match
 * the table's columns (ExcelApi 1.7:
 * https://learn.microsoft.com/javascript/api/excel/excel.chartseries#excel-excel-chartseries-setxaxisvalues-member(1)).
 * The category cells are written as text as well (see categoriesAsText), which Excel reads as
 * labels whatever it guesses.
 */
export interface PlacedChart {
  chart: Excel.Chart;
  table: TableArea;
  headers: readonly string[];
}

/** Queues counting the series of each chart; the returned function queues setting them, for the caller's next sync. */
export function queueSeriesFix(sheet: Excel.Worksheet, charts: readonly PlacedChart[]): () => void {
  const counts = charts.map((c) => {
    c.chart.series.load('count');
    return c.chart.series;
  });
  return () =>
    charts.forEach(({ chart, table, headers }, k) => {
      const wanted = table.width - 1;
      for (let i = counts[k].count - 1; i >= wanted; i--) chart.series.getItemAt(i).delete();
      const firstData = table.headerRow + 1;
      for (let i = 0; i < wanted; i++) {
        const series = i < counts[k].count ? chart.series.getItemAt(i) : chart.series.add(headers[i + 1]);
        series.name = headers[i + 1];
        series.setValues(sheet.getRange(a1(firstData, i + 1, table.rows, 1)));
        series.setXAxisValues(sheet.getRange(a1(firstData, 0, table.rows, 1)));
      }
    });
}
