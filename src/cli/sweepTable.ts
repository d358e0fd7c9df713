import { AgreementFile } from '../core';
import * as da from '../core/da';
import { FIELD_BY_KEY, FieldKey } from '../core/sheet';
import { GridDimension, settingKey, SweepResult, SweepVariant } from '../core/simulation';
import { rightAligned } from './rightAligned';
import { textTable } from './textTable';

/** The target search in Danish: the variants that reach the target, cheapest first, then the rest. */
export function sweepTable(result: SweepResult, name: string, grid: readonly GridDimension[], file: AgreementFile): string {
  const s = da.simulation;
  const out = [da.report.agreement(name, result.agreement), s.target(result.target, result.years)];
  if (result.params.reductionUnits > 0) out.push(s.targetWithReduction(result.params.reductionUnits));
  out.push(...s.params(result.params, false), '');

  const headers = [...grid.map((d) => dimensionHeader(d, file)), ...s.sweepColumns];
  const rows = (vs: SweepVariant[]) =>
    vs.map((v) => [
      ...grid.map((d) => da.kr(v.settings[settingKey(d)])),
      v.averageAffordablePerYear.toLocaleString('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      da.kr(v.municipality),
      s.amount(v.vacancyRentCost),
      v.reached ? s.yes : s.no,
    ]);
  const reached = result.variants.filter((v) => v.reached);
  const rest = result.variants.filter((v) => !v.reached);
  const table = (vs: SweepVariant[]) => {
    const a = rightAligned(headers, rows(vs), 0);
    return textTable(a.headers, a.rows);
  };
  if (reached.length > 0) out.push(s.reachedHeading(reached.length, result.variants.length), table(reached));
  else out.push(s.noneReached(result.variants.length));
  if (rest.length > 0) out.push('', s.restHeading, table(rest));
  return out.join('\n') + '\n';
}

function dimensionHeader(d: GridDimension, file: AgreementFile): string {
  if (d.kind === 'threshold') return da.simulation.thresholdHeader(FIELD_BY_KEY.get(d.fact as FieldKey)?.header ?? d.fact, d.from);
  return da.simulation.everyHeader((file.pools ?? []).find((p) => p.name === d.pool)?.label ?? d.pool);
}
