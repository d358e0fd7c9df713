import { AllocationResult } from '../core';

const CHUNK = 5000;
const REASONS_KEPT = 1000;

/**
 * The contract other tools read: exactly one JSON object with these keys, decisions in sheet
 * order; `request` is the municipality's request a decision filled (null when none). Written in pieces, one decision a line, so a million rows never become one giant string.
 */
export function writeJsonReport(agreementId: string, result: AllocationResult, out: (text: string) => void): void {
  out(`{"agreement":${JSON.stringify(agreementId)},"decisions":[\n`);
  const { decisions } = result;
  // Rule and pool names are few and repeat on every line: each is escaped once.
  const names = new Map<string | null, string>();
  const name = (n: string | null) => names.get(n) ?? names.set(n, JSON.stringify(n)).get(n)!;
  // Most reasons are one of a few sentences (no rule holds; an exception): those are escaped once
  // too. The cache stops growing where the reasons are a row's own (its position in a pool).
  const reasons = new Map<string, string>();
  const reason = (r: string) => {
    const known = reasons.get(r);
    if (known !== undefined) return known;
    const json = JSON.stringify(r);
    if (reasons.size < REASONS_KEPT) reasons.set(r, json);
    return json;
  };
  for (let i = 0; i < decisions.length; i += CHUNK) {
    const end = Math.min(decisions.length, i + CHUNK);
    let text = '';
    for (let k = i; k < end; k++) {
      const d = decisions[k];
      text += `{"row":${d.row},"unitId":${JSON.stringify(d.unitId)},"outcome":"${d.outcome}","pool":${name(d.pool)},"position":${d.position},"rule":${name(d.rule)},"reason":${reason(d.reason)},"request":${d.request === null ? 'null' : JSON.stringify(d.request)}}${k + 1 < decisions.length ? ',\n' : '\n'}`;
    }
    out(text);
  }
  out(`],"summary":${JSON.stringify(result.summary)}}\n`);
}
