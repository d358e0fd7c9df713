import { Agreement, chooserRefusal } from '../core';
import * as da from '../core/da';
import { formatPath } from '../core/agreement';

/** The summary's line saying that json-rules-engine decides this agreement, and why; none when it compiles. */
export function compileNote(agreement: Agreement): string[] {
  const refusal = chooserRefusal(agreement);
  return refusal === null ? [] : [da.compile.refusal(refusal, formatPath(['rules', refusal.ruleIndex, 'conditions', ...refusal.path]))];
}
