import { Agreement, Rule } from '../agreement/types';
import * as da from '../da';
import { Decision, Vacancy } from '../types';
import { Counters } from './counters';
import { isMunicipalPosition } from './pools';

/** One valid vacancy, its chosen rule (or none), and the counters → its decision. Moves counters. */
export function decide(vacancy: Vacancy, row: number, rule: Rule | null, agreement: Agreement, counters: Counters): Decision {
  const base = { row, unitId: vacancy.unitId, pool: null, position: null };
  if (rule === null) {
    return { ...base, outcome: agreement.defaultOutcome, rule: null, reason: da.reason.noRule(agreement.defaultOutcome) };
  }
  switch (rule.event) {
    case 'exclude':
      return { ...base, outcome: 'excluded', rule: rule.name, reason: da.reason.exclude(rule.name) };
    case 'waitlist':
      return { ...base, outcome: 'waitlist', rule: rule.name, reason: da.reason.waitlist(rule.name) };
    case 'allocate':
      return { ...base, outcome: 'municipality', rule: rule.name, reason: da.reason.allocate(rule.name) };
    case 'quota':
      return decideQuota(vacancy, row, rule, agreement, counters);
  }
}

function decideQuota(vacancy: Vacancy, row: number, rule: Rule, agreement: Agreement, counters: Counters): Decision {
  const pool = agreement.pools.get(rule.pool!)!;
  const position = counters.next(pool);
  const ruleText = da.reason.poolRule(pool.kind);
  const base = { row, unitId: vacancy.unitId, pool: pool.name, position, rule: rule.name };
  if (!isMunicipalPosition(pool.kind, position)) {
    return { ...base, outcome: 'waitlist', reason: da.reason.quotaMiss(position, pool.label, ruleText) };
  }
  // The cap counts vacancies by the calendar month of Ledig fra; an undated vacancy is in no month.
  if (pool.capPerMonth !== null && vacancy.vacantFrom !== null) {
    const month = vacancy.vacantFrom.slice(0, 7);
    if (counters.capUsed(pool, month) >= pool.capPerMonth) {
      counters.recordCapped(pool);
      return { ...base, outcome: 'waitlist', reason: da.reason.capReached(position, pool.label, ruleText, pool.capPerMonth, month) };
    }
    counters.useCap(pool, month);
  }
  return { ...base, outcome: 'municipality', reason: da.reason.quotaHit(position, pool.label, ruleText) };
}
