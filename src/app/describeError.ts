import * as da from '../core/da';
import { DanishError } from '../core/util';

/** What the pane shows for a failure: a Danish sentence, and the raw text for "Detaljer" where there is one. */
export interface ErrorNotice {
  text: string;
  details: string | null;
}

/**
 * Turns anything an action threw into Danish. Office.js errors carry a `code` from Excel.ErrorCodes
 * or OfficeExtension.ErrorCodes (https://learn.microsoft.com/javascript/api/excel/excel.errorcodes,
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling);
 * their message is English, so it is kept only as the details. Errors the add-in raises itself are
 * already Danish (`DanishError`).
 */
export function describeError(error: unknown): ErrorNotice {
  if (error instanceof DanishError) return { text: error.message, details: null };
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : null;
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : safeString(error);
  const details = [code, raw].filter((s): s is string => !!s && s !== code + ':').join(': ') || null;
  const known = code !== null ? da.officeErrors[code as keyof typeof da.officeErrors] : undefined;
  if (known !== undefined) return { text: known, details };
  if (code !== null && /PayloadSizeLimitExceeded$/.test(code)) return { text: da.officeErrors.payload, details };
  return { text: da.officeErrors.unknown, details };
}

function safeString(value: unknown): string | null {
  try {
    return value === undefined || value === null ? null : JSON.stringify(value);
  } catch {
    return null;
  }
}
