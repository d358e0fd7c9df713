import { Agreement, Rule } from '../agreement/types';
import * as da from '../da';
import { Decision, Outcome, Vacancy } from '../types';
import { Counters } from './counters';
import { isMunicipalPosition } from './pools';

/** Every decision has the same shape, built in one place: a million of them stay cheap to read. */
function decision(row: number, unitId: string, outcome: Outcome, pool: string | null, position: number | null, rule: string | null, reason: string): Decision {
  return { row, unitId, outcome, pool, position, rule, reason };
}

/** One valid vacancy, its chosen rule (or none), and the counters → its decision. Moves counters. */
export function decide(vacancy: Vacancy, row: number, rule: Rule | null, agreement: Agreement, counters: Counters): Decision {
  if (rule === null) return decision(row, vacancy.unitId, agreement.defaultOutcome, null, null, null, da.reason.noRule(agreement.defaultOutcome));
  switch (rule.event) {
    case 'exclude':
      return decision(row, vacancy.unitId, 'excluded', null, null, rule.name, da.reason.exclude(rule.name));
    case 'waitlist':
      return decision(row, vacancy.unitId, 'waitlist', null, null, rule.name, da.reason.waitlist(rule.name));
    case 'allocate':
      return decision(row, vacancy.unitId, 'municipality', null, null, rule.name, da.reason.allocate(rule.name));
    case 'quota':
      return decideQuota(vacancy, row, rule, agreement, counters);
  }
}

function decideQuota(vacancy: Vacancy, row: number, rule: Rule, agreement: Agreement, counters: Counters): Decision {
  const pool = agreement.pools.get(rule.pool!)!;
  const position = counters.next(pool);
  const ruleText = da.reason.poolRule(pool.kind);
  if (!isMunicipalPosition(pool.kind, position)) {
    return decision(row, vacancy.unitId, 'waitlist', pool.name, position, rule.name, da.reason.quotaMiss(position, pool.label, ruleText));
  }
  // The cap counts vacancies by the calendar month of Ledig fra; an undated vacancy is in no month.
  if (pool.capPerMonth !== null && vacancy.vacantFrom !== null) {
    const month = vacancy.vacantFrom.slice(0, 7);
    if (counters.capUsed(pool, month) >= pool.capPerMonth) {
      counters.recordCapped(pool);
      return decision(row, vacancy.unitId, 'waitlist', pool.name, position, rule.name, da.reason.capReached(position, pool.label, ruleText, pool.capPerMonth, month));
    }
    counters.useCap(pool, month);
  }
  return decision(row, vacancy.unitId, 'municipality', pool.name, position, rule.name, da.reason.quotaHit(position, pool.label, ruleText));
}
