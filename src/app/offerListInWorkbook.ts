import { Agreement, Decision, SheetRow } from '../core';
import * as da from '../core/da';
import { offerList } from '../core/results';
import { WorkbookPort } from '../port/workbookPort';
import { AskReplace, makeReport } from './reports';

/** The municipality's offer list from the last run, on the add-in's own sheet: null when no vacancy goes to it, or the user cancelled. */
export async function makeOfferList(
  port: WorkbookPort,
  run: { decisions: readonly Decision[]; rows: readonly SheetRow[]; agreement: Agreement },
  ask: AskReplace,
): Promise<{ rows: number; name: string; replaced: boolean } | 'empty' | null> {
  const list = offerList(run.decisions, run.rows, run.agreement);
  if (list.rows.length === 0) return 'empty';
  const made = await makeReport(
    port,
    { kind: 'offerList', baseName: da.workbook.offerSheetName, tables: [{ title: da.workbook.offerSheetName, headers: list.headers, rows: list.rows }], titled: false, charts: [] },
    ask,
  );
  return made === null ? null : { rows: list.rows.length, ...made };
}
