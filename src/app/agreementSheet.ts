import { Agreement, AgreementError } from '../core';
import * as da from '../core/da';
import { modelFromAgreement } from '../core/agreement';
import { agreementSheetLayout } from '../core/agreement';
import { longCell } from '../core/agreement';
import { readAgreementSheet } from '../core/agreement';
import { WorkbookPort } from '../port/workbookPort';

const s = da.agreementSheet;
const TABLES = [s.tables.agreement, s.tables.pools, s.tables.rules];

export type SheetWriteResult =
  | { ok: true; sheetName: string; message: string }
  /** sheetExists: ask the user (da.agreementSheet.replaceTitle/replaceBody), then call again with replace. */
  | { ok: false; code: 'sheetExists' | 'tableNameTaken' | 'cellTooLong'; message: string };

/** "Skriv aftalen i et ark": the chosen agreement as the sheet Aftale (tables Aftale, Puljer, Regler, with drop-downs). */
export async function writeAgreementToSheet(port: WorkbookPort, agreement: Agreement, options: { replace?: boolean } = {}): Promise<SheetWriteResult> {
  const layout = agreementSheetLayout(modelFromAgreement(agreement));
  const long = longCell(layout);
  if (long !== null) return { ok: false, code: 'cellTooLong', message: s.cellTooLong(long.where, long.length) };
  const written = await port.writeAgreementSheet(layout, options);
  if (written.ok) return { ok: true, sheetName: written.sheetName, message: s.written(written.sheetName) };
  return { ok: false, code: written.reason, message: written.reason === 'sheetExists' ? s.sheetExists(written.name) : s.tableNameTaken(written.name) };
}

export type SheetReadResult =
  | { ok: true; agreement: Agreement; message: string }
  /** Every error, each with its cell (error.cell) for selectErrorCell; `message` heads the list. */
  | { ok: false; errors: AgreementError[]; message: string };

/** "Brug aftalen fra arket": the agreement the sheet states, checked cell by cell, or every error with its cell. */
export async function readAgreementFromSheet(port: WorkbookPort, fallbackId: string = s.fallbackId): Promise<SheetReadResult> {
  const cells = await port.readAgreementSheet(s.sheetName, TABLES);
  const read = readAgreementSheet(cells, fallbackId);
  if (!read.ok) return { ok: false, errors: read.errors, message: s.readFailed(read.errors.length) };
  return { ok: true, agreement: read.agreement, message: s.readDone(read.agreement.name, read.agreement.rules.length) };
}

/** The link beside an error: selects its cell. An error with no cell (no sheet at all) selects nothing. */
export async function selectErrorCell(port: WorkbookPort, error: AgreementError): Promise<boolean> {
  if (error.cell === undefined) return false;
  await port.selectCell(error.cell.sheet, error.cell.row, error.cell.column);
  return true;
}
