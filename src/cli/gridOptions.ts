import { GridDimension } from '../core/simulation';
import * as da from '../core/da';
import { parseNumber } from '../core/sheet';

/** `under-4000=2..4` (or `under-4000=3`) → every 2, 3 and 4 in that pool. */
export function parseEvery(raw: string): GridDimension | string {
  const m = /^(.+)=(\d+)(?:\.\.(\d+))?$/.exec(raw);
  if (!m) return da.simulation.badEverySyntax(raw);
  const from = Number(m[2]);
  const to = m[3] === undefined ? from : Number(m[3]);
  if (from < 1) return da.simulation.badEverySyntax(raw);
  if (from > to) return da.simulation.badRange(raw);
  return { kind: 'every', pool: m[1], values: range(from, to, 1) };
}

/**
 * `rentInclConsumption:4000=3500..4500:250` → move the conditions on that column that test 4000
 * to 3500, 3750, … 4500. Amounts may be written the Danish way (4.000).
 */
export function parseThreshold(raw: string): GridDimension | string {
  const m = /^([A-Za-z]+):([^=]+)=([^.:]+(?:\.\d{3})*)(?:\.\.([^:]+))?(?::(.+))?$/.exec(raw);
  // A step is needed only when there is a range to walk.
  if (!m || (m[4] !== undefined && m[5] === undefined)) return da.simulation.badThresholdSyntax(raw);
  const [from, start, end, step] = [m[2], m[3], m[4] ?? m[3], m[5] ?? '1'].map((s) => parseNumber(s));
  if ([from, start, end, step].some((n) => n === undefined)) return da.simulation.badThresholdSyntax(raw);
  if (start! > end! || step! <= 0) return da.simulation.badRange(raw);
  return { kind: 'threshold', fact: m[1], from: from!, values: range(start!, end!, step!) };
}

/** from, from + step, … up to to; on a whole-øre grid so 0.1-steps do not drift. */
function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  // Stop early on absurd grids: the core refuses more than a hundred variants anyway.
  for (let i = 0; out.length <= 1000; i++) {
    const v = Math.round((from + i * step) * 100) / 100;
    if (v > to + 1e-9) break;
    out.push(v);
  }
  return out;
}
