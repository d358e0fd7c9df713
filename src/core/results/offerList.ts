import { Agreement } from '../agreement/types';
import * as da from '../da';
import { SheetRow } from '../sheet/readSheet';
import { Decision } from '../types';
import { ReportCell } from './resultCells';

/** The municipality's offer list: every vacancy that goes to it, with what it needs to decide, and why. */
export function offerList(decisions: readonly Decision[], rows: readonly SheetRow[], agreement: Agreement): { headers: string[]; rows: ReportCell[][] } {
  const vacancyByRow = new Map(rows.map((r) => [r.rowNumber, r.vacancy]));
  const out: ReportCell[][] = [];
  for (const d of decisions) {
    const v = vacancyByRow.get(d.row);
    if (d.outcome !== 'municipality' || !v) continue;
    out.push([
      v.unitId,
      v.organisation,
      v.department,
      v.address,
      v.housingType === null ? null : da.sheetLabel.housingType[v.housingType],
      v.rooms,
      v.area,
      v.rent,
      v.consumption,
      v.rentInclConsumption,
      v.vacantFrom === null ? null : { date: v.vacantFrom },
      v.areaStatus === '' ? null : da.sheetLabel.areaStatus[v.areaStatus],
      d.pool === null ? null : (agreement.pools.get(d.pool)?.label ?? d.pool),
      d.position,
      d.reason,
    ]);
  }
  return { headers: [...da.workbook.offerColumns], rows: out };
}
