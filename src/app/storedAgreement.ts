import { Agreement, AgreementError, checkAgreement } from '../core';
import * as da from '../core/da';
import { WorkbookPort } from '../port/workbookPort';
import { describeError } from './describeError';

/** An agreement that could not be used, and why: shown in the Aftale panel. */
export interface AgreementProblem {
  source: string;
  errors: AgreementError[];
}

export type StoredAgreement = { agreement: Agreement | null; problem: AgreementProblem | null };

/**
 * The agreement the workbook carries, checked as any imported one is. A damaged or invalid one is
 * reported in Danish and the pane goes on with a bundled agreement, so the user can choose another;
 * the workbook is not changed until they run with it.
 */
export async function readStoredAgreement(port: WorkbookPort): Promise<StoredAgreement> {
  let stored;
  try {
    stored = await port.loadStored();
  } catch (e) {
    return { agreement: null, problem: { source: da.ui.storedAgreementRejected, errors: [{ code: 'storedUnreadable', where: da.ui.workbookPlace, values: { reason: describeError(e).text } }] } };
  }
  if (stored.damaged?.includes('agreement')) {
    return { agreement: null, problem: { source: da.ui.storedAgreementRejected, errors: [{ code: 'storedDamaged', where: da.ui.workbookPlace, values: {} }] } };
  }
  if (stored.agreement === null) return { agreement: null, problem: null };
  const r = checkAgreement(stored.agreement, 'projektmappe');
  return r.ok ? { agreement: r.agreement, problem: null } : { agreement: null, problem: { source: da.ui.storedAgreementRejected, errors: r.errors } };
}
