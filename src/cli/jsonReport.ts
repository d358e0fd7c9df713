import { AllocationResult } from '../core';

/** The contract other tools read: exactly these keys, decisions in sheet order. */
export function jsonReport(agreementId: string, result: AllocationResult): string {
  const decisions = result.decisions.map((d) => ({
    row: d.row,
    unitId: d.unitId,
    outcome: d.outcome,
    pool: d.pool,
    position: d.position,
    rule: d.rule,
    reason: d.reason,
  }));
  return JSON.stringify({ agreement: agreementId, decisions, summary: result.summary }, null, 2) + '\n';
}
