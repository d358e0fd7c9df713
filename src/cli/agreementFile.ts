import { basename, extname } from 'path';
import { Agreement, AgreementError, loadAgreement } from '../core';
import * as da from '../core/da';
import { readAgreementSheet } from '../core/agreement';
import { readAgreementTables } from '../file/agreementSheetFile';
import { MAX_AGREEMENT_SIZE } from '../core/agreement';
import { decodeText } from '../core/util';
import { loadXlsx, readUserFile } from '../file/readFile';
import { fileKind } from '../file/vacancyFile';

const s = da.agreementSheet;

export type LoadedAgreement = { ok: true; agreement: Agreement } | { ok: false; errors: AgreementError[] };

/**
 * An agreement from a file: JSON, or a workbook (.xlsx) with the agreement sheet, read by the same
 * reader as the task pane's "Brug aftalen fra arket". Without an Id the file's name stands in.
 */
export async function loadAgreementFile(path: string): Promise<LoadedAgreement> {
  const fallbackId = basename(path, extname(path));
  // A JSON agreement is measured before it is read (a 50 MB file would fill the heap); a workbook is
  // a zip, whose sheet reader holds only the agreement's few tables.
  if (fileKind(path) !== 'xlsx') return loadAgreement(decodeText(readUserFile(path, { maxBytes: MAX_AGREEMENT_SIZE, message: da.file.agreementTooLarge })), fallbackId);
  const workbook = await loadXlsx(readUserFile(path), path);
  return readAgreementSheet(readAgreementTables(workbook, s.sheetName, [s.tables.agreement, s.tables.pools, s.tables.rules]), fallbackId);
}
