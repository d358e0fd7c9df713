import { AreaStatus } from '../core';
import * as da from '../core/da';
import { SimulationResult, VariantResult } from '../core/simulation';
import { rightAligned } from './rightAligned';
import { textTable } from './textTable';

const AREA_ORDER: readonly AreaStatus[] = ['', 'udsat', 'forebyggelse', 'omdannelse', 'parallelsamfund'];

/** The negotiators' comparison in Danish: the variants side by side, then year by year. */
export function simulationTable(result: SimulationResult, file: string, notes: readonly string[]): string {
  const { variants, params, history } = result;
  const s = da.simulation;
  const out: string[] = [s.heading, s.history(file, history.vacancies, history.firstMonth, history.lastMonth, history.years)];
  if (history.errors > 0) out.push(s.rowErrors(history.errors));
  if (history.undated > 0) out.push(s.undated(history.undated));
  out.push(...s.params(params));
  for (const v of variants) if (v.unpricedUnits > 0) out.push(s.unpriced(v.agreement, v.unpricedUnits));
  out.push(...notes, '', s.legend, ...variants.map((v) => `  ${s.legendLine(v.agreement, v.name)}`), '');

  const side = (label: string, cell: (v: VariantResult) => string) => [label, ...variants.map(cell)];
  out.push(
    table(
      [s.measure, ...variants.map((v) => v.agreement)],
      [
        side(s.rows.municipality, (v) => da.kr(v.municipality)),
        side(s.rows.affordable(params.affordable), (v) => da.kr(v.affordable)),
        side(s.rows.share, (v) => s.percent(v.affordableShare)),
        side(s.rows.withReduction(params.reductionUnits), (v) => da.kr(v.affordableWithReduction)),
        side(s.rows.reductionsUsed, (v) => da.kr(v.reductionsUsed)),
        side(s.rows.vacancyRent, (v) => s.amount(v.vacancyRentCost)),
        side(s.rows.unusable, (v) => da.kr(v.unusableUnits)),
        side(s.rows.averageWait, (v) => s.days(v.averageWaitDays)),
        side(s.rows.medianWait, (v) => s.days(v.medianWaitDays)),
        side(s.rows.served, (v) => da.kr(v.served)),
        side(s.rows.queueAtEnd, (v) => da.kr(v.queueAtEnd)),
        side(s.rows.largestDepartment, (v) => {
          const d = v.spread.largestDepartment;
          return d === null ? s.none : s.department(d.department, d.count, d.share);
        }),
      ],
    ),
  );

  out.push('', s.areaHeading);
  out.push(
    table(
      [s.measure, ...variants.map((v) => v.agreement)],
      AREA_ORDER.map((a) => side(s.areaStatus[a], (v) => da.kr(v.spread.areaStatus[a]))),
    ),
  );

  out.push('', s.perYearHeading);
  const yearRows = history.years.flatMap((year) =>
    variants.map((v) => {
      const y = v.perYear.find((p) => p.year === year)!;
      return [String(year), v.agreement, da.kr(y.municipality), da.kr(y.affordable), s.percent(y.affordableShare), da.kr(y.affordableWithReduction), s.amount(y.vacancyRentCost)];
    }),
  );
  out.push(yearRows.length === 0 ? `  ${s.none}` : table(s.perYearColumns, yearRows, 2));
  return out.join('\n') + '\n';
}

function table(headers: readonly string[], rows: string[][], left = 1): string {
  const a = rightAligned(headers, rows, left);
  return textTable(a.headers, a.rows);
}
