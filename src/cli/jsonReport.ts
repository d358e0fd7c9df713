import { AllocationResult } from '../core';

const CHUNK = 5000;

/**
 * The contract other tools read: exactly one JSON object with these keys, decisions in sheet
 * order. Written in pieces, one decision a line, so a million rows never become one giant string.
 */
export function writeJsonReport(agreementId: string, result: AllocationResult, out: (text: string) => void): void {
  out(`{"agreement":${JSON.stringify(agreementId)},"decisions":[\n`);
  const { decisions } = result;
  for (let i = 0; i < decisions.length; i += CHUNK) {
    const lines = decisions
      .slice(i, i + CHUNK)
      .map(
        (d) =>
          `{"row":${d.row},"unitId":${JSON.stringify(d.unitId)},"outcome":"${d.outcome}","pool":${JSON.stringify(d.pool)},"position":${d.position},"rule":${JSON.stringify(d.rule)},"reason":${JSON.stringify(d.reason)}}`,
      );
    out(lines.join(',\n') + (i + CHUNK < decisions.length ? ',\n' : '\n'));
  }
  out(`],"summary":${JSON.stringify(result.summary)}}\n`);
}
