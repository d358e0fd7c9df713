import { Agreement, loadAgreement } from '../core';
import { decodeText } from '../core/util';
import type { AgreementProblem } from './storedAgreement';

export type ImportedAgreement = { ok: true; agreement: Agreement } | { ok: false; problem: AgreementProblem };

/**
 * "Importér aftale (JSON) …": the chosen file's bytes read as an agreement file is on the command
 * line (UTF-8, UTF-16 or Windows-1252; the same size, depth and content checks). Never throws:
 * whatever the file holds, the answer is an agreement or every problem in Danish.
 */
export function importAgreement(fileName: string, bytes: Uint8Array): ImportedAgreement {
  const r = loadAgreement(decodeText(bytes).replace(/^\uFEFF/, ''), fileName.replace(/\.json$/i, ''));
  return r.ok ? { ok: true, agreement: r.agreement } : { ok: false, problem: { source: fileName, errors: r.errors } };
}
