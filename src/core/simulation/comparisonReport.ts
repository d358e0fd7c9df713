import * as da from '../da';
import { ChartSpec, ReportTable } from '../results/report';
import { SimulationResult } from './simulate';

/**
 * The negotiators' comparison sheet: the variants side by side, affordable municipal vacancies per
 * year (a column chart) and the waiting list month by month (a line chart).
 */
export function comparisonReport(result: SimulationResult): { tables: ReportTable[]; charts: ChartSpec[] } {
  const s = da.simulation;
  const t = da.simulateTab;
  const p = result.params;
  // Series are named as people know the agreements; two with one name get their id beside it, since a table's headers must differ.
  const names = result.variants.map((v) => v.name);
  const series = names.map((n, i) => (names.indexOf(n) === names.lastIndexOf(n) ? n : `${n} (${result.variants[i].agreement})`));
  const summary: ReportTable = {
    title: t.summaryTitle,
    headers: [
      t.variantColumn,
      s.rows.municipality,
      s.rows.affordable(p.affordable),
      `${s.rows.share} (%)`,
      s.rows.withReduction(p.reductionUnits),
      s.rows.vacancyRent,
      s.rows.averageWait,
      s.rows.queueAtEnd,
      s.rows.largestDepartment,
    ],
    rows: result.variants.map((v) => [
      v.name,
      v.municipality,
      v.affordable,
      Math.round(v.affordableShare * 1000) / 10,
      v.affordableWithReduction,
      v.vacancyRentCost,
      v.averageWaitDays,
      v.queueAtEnd,
      v.spread.largestDepartment === null ? null : s.department(v.spread.largestDepartment.department, v.spread.largestDepartment.count, v.spread.largestDepartment.share),
    ]),
  };
  const years = result.history.years;
  const perYear: ReportTable = {
    title: t.perYearTitle,
    headers: [t.yearColumn, ...series],
    rows: years.map((year) => [year, ...result.variants.map((v) => v.perYear.find((y) => y.year === year)?.affordable ?? 0)]),
  };
  const months = result.variants[0]?.queueByMonth.map((m) => m.month) ?? [];
  const queue: ReportTable = {
    title: t.queueTitle,
    headers: [t.monthColumn, ...series],
    rows: months.map((month, i) => [month, ...result.variants.map((v) => v.queueByMonth[i]?.waiting ?? 0)]),
  };
  return {
    tables: [summary, perYear, queue],
    charts: [
      { title: t.perYearTitle, table: 1, kind: 'column' },
      { title: t.queueTitle, table: 2, kind: 'line' },
    ],
  };
}
