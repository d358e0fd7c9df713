import * as da from '../core/da';
import { AgreementReading } from '../core/agreement';

/** The plain reading for a terminal: the rules in decision order, each with its name, then the pools. */
export function readingTable(r: AgreementReading): string {
  const out = [da.reading.heading(r.name, r.agreement), '', da.reading.rulesHeading];
  for (const rule of r.rules) out.push(`  ${rule.text}`, `     (${rule.rule})`);
  out.push(`  ${r.otherwise}`, '', da.reading.poolsHeading);
  out.push(...(r.pools.length === 0 ? [`  ${da.reading.noPools}`] : r.pools.map((p) => `  ${p.text}`)));
  return out.join('\n') + '\n';
}
