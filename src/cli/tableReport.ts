import { Agreement, AllocationResult, SheetRow } from '../core';
import * as da from '../core/da';
import { FIELD_BY_KEY } from '../core/sheet';
import { HeaderMap, missingFields } from '../core/sheet';
import { textTable } from './textTable';
import { registerLines, requestLines } from './shapesReport';

export interface ReportContext {
  agreement: Agreement;
  file: string;
  sheetName: string;
  headerRow: number;
  headers: HeaderMap;
  rows: readonly SheetRow[];
  result: AllocationResult;
  notes: string[];
}

/** A terminal shows a week's offers; a full sheet's hundreds of thousands belong in a file. */
const MAX_OFFER_LINES = 500;

/** The Danish summary an administrator reads: pools, outcomes, the offer list, the row errors. */
export function tableReport(c: ReportContext): string {
  const { summary, decisions } = c.result;
  const out: string[] = [];
  out.push(da.report.agreement(c.agreement.name, c.agreement.id));
  out.push(da.report.sheet(c.file, c.sheetName, summary.rows, c.headerRow));
  const missing = missingFields(c.headers.columns).map((key) => FIELD_BY_KEY.get(key)!.header);
  if (missing.length > 0) out.push(da.report.missingColumns(missing));
  if (c.headers.unknown.length > 0) out.push(da.report.unknownColumns(c.headers.unknown));
  if (c.headers.columns.vacantFrom === undefined) out.push(da.report.noDates);
  out.push(...c.notes, '');

  out.push(da.report.poolsHeading);
  out.push(
    summary.pools.length === 0
      ? `  ${da.report.noPools}`
      : textTable(
          da.report.poolColumns,
          summary.pools.map((p) => [da.poolKeyLabel(p.label, p.key), p.counted, p.municipality, p.capped, p.counterAfter]),
        ),
  );
  out.push('', da.report.outcomesHeading);
  out.push(
    textTable(da.report.outcomeColumns, [
      [da.outcomeLabel.municipality, summary.municipality],
      [da.outcomeLabel.waitlist, summary.waitlist],
      [da.outcomeLabel.excluded, summary.excluded],
      [da.outcomeLabel.error, summary.error],
    ]),
  );

  const vacancyByRow = new Map(c.rows.map((r) => [r.rowNumber, r.vacancy]));
  const offered = decisions.filter((d) => d.outcome === 'municipality');
  out.push('', da.report.offerHeading(offered.length));
  if (offered.length > 0) {
    out.push(
      textTable(
        da.report.offerColumns,
        offered.slice(0, MAX_OFFER_LINES).map((d) => {
          const v = vacancyByRow.get(d.row)!;
          return [d.row, d.unitId, v.department ?? '', v.address ?? '', v.rooms ?? '', v.area ?? '', v.rentInclConsumption === null ? '' : da.kr(v.rentInclConsumption), v.vacantFrom ?? '', d.reason];
        }),
      ),
    );
    if (offered.length > MAX_OFFER_LINES) out.push(da.report.offerTruncated(MAX_OFFER_LINES, offered.length));
  }
  out.push(...requestLines(summary), ...registerLines(summary));
  out.push('', summary.errors.length > 0 ? da.report.errorsHeading(summary.errors.length) : da.report.noErrors);
  for (const e of summary.errors) out.push(`  ${e.message}`);
  return out.join('\n') + '\n';
}
