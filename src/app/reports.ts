import { reportFingerprint, ReportSheet } from '../core/results';
import { CellValue } from '../core';
import { WorkbookPort } from '../port/workbookPort';

/** What the user chose when the add-in's earlier report sheet was changed by hand. */
export type ReplaceChoice = 'replace' | 'new' | 'cancel';

/** Asks the user what to do with an earlier report sheet that holds changes of theirs. */
export type AskReplace = (sheetName: string) => Promise<ReplaceChoice>;

/**
 * Writes a report on the add-in's own sheet of its kind. Made again, it takes the earlier sheet's
 * place, so reports do not pile up as "Kontrol 2", "Kontrol 3"; but if the user has changed that
 * sheet since, they are asked first, so nothing they typed is lost without their say.
 * Returns the sheet's name, or null when the user cancelled.
 */
export async function makeReport(port: WorkbookPort, report: ReportSheet, ask: AskReplace): Promise<{ name: string; replaced: boolean } | null> {
  const list = await port.listSheets();
  const earlier = list.own.find((o) => o.kind === report.kind && list.names.some((n) => n.toLowerCase() === o.name.toLowerCase()));
  if (earlier === undefined) return { name: await port.writeReport(report, null), replaced: false };
  const snapshot = await port.readData({ sheetName: earlier.name, tableName: null });
  const unchanged = reportFingerprint(fromA1(snapshot.values, snapshot.firstRow, snapshot.firstColumn)) === earlier.fingerprint;
  const choice = unchanged ? 'replace' : await ask(earlier.name);
  if (choice === 'cancel') return null;
  const replace = choice === 'replace' ? earlier.name : null;
  return { name: await port.writeReport(report, replace), replaced: replace !== null };
}

/** The cells as from A1: a used range that starts further in is padded with empty cells. */
function fromA1(values: CellValue[][], firstRow: number, firstColumn: number): CellValue[][] {
  const pad = Array.from({ length: firstColumn }, () => null);
  return [...Array.from({ length: firstRow - 1 }, () => []), ...values.map((r) => [...pad, ...r])];
}
