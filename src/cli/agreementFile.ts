import { basename, extname } from 'path';
import { Agreement, AgreementError, loadAgreement } from '../core';
import * as da from '../core/da';
import { readAgreementSheet } from '../core/agreement/sheet/readAgreementSheet';
import { readAgreementTables } from '../file/agreementSheetFile';
import { loadXlsx, readFileBytes } from '../file/readFile';
import { fileKind } from '../file/vacancyFile';

const s = da.agreementSheet;

export type LoadedAgreement = { ok: true; agreement: Agreement } | { ok: false; errors: AgreementError[] };

/**
 * An agreement from a file: JSON, or a workbook (.xlsx) with the agreement sheet, read by the same
 * reader as the task pane's "Brug aftalen fra arket". Without an Id the file's name stands in.
 */
export async function loadAgreementFile(path: string): Promise<LoadedAgreement> {
  const bytes = readFileBytes(path);
  const fallbackId = basename(path, extname(path));
  if (fileKind(path) !== 'xlsx') return loadAgreement(bytes.toString('utf8'), fallbackId);
  const workbook = await loadXlsx(bytes, path);
  return readAgreementSheet(readAgreementTables(workbook, s.sheetName, [s.tables.agreement, s.tables.pools, s.tables.rules]), fallbackId);
}
