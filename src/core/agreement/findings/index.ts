/** Findings: advice on an agreement, alone and held against a sheet (anvisning lint). */
import { Agreement } from '../types';
import { Vacancy } from '../../types';
import { agreementFindings } from './agreementFindings';
import { sheetFindings } from './sheetFindings';
import { Finding } from './types';

export type { Finding, FindingCode } from './types';

/** Every finding: the agreement's own, then (with a sheet) what its rows show. */
export async function lintAgreement(agreement: Agreement, sheet?: { vacancies: readonly Vacancy[]; columns: ReadonlySet<string> }): Promise<Finding[]> {
  const own = agreementFindings(agreement);
  return sheet === undefined ? own : [...own, ...(await sheetFindings(agreement, sheet.vacancies, sheet.columns))];
}
