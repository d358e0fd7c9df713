import { AllocationResult } from '../core';

const CHUNK = 5000;

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
  for (let i = 0; i < decisions.length; i += CHUNK) {
    const end = Math.min(decisions.length, i + CHUNK);
    let text = '';
    for (let k = i; k < end; k++) {
      const d = decisions[k];
      text += `{"row":${d.row},"unitId":${JSON.stringify(d.unitId)},"outcome":"${d.outcome}","pool":${name(d.pool)},"position":${d.position},"rule":${name(d.rule)},"reason":${JSON.stringify(d.reason)},"request":${d.request === null ? 'null' : JSON.stringify(d.request)}}${k + 1 < decisions.length ? ',\n' : '\n'}`;
    }
    out(text);
  }
  out(`],"summary":${JSON.stringify(result.summary)}}\n`);
}
