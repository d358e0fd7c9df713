import { Agreement, Pool, Rule } from '../agreement/types';
import * as da from '../da';
import { RequestBook } from '../requests/requestBook';
import { Decision, Outcome, PoolKey, Vacancy } from '../types';
import { Counters } from './counters';
import { poolKeyOf } from './poolKey';
import { isMunicipalPosition } from './pools';

/** Every decision has the same shape, built in one place: a million of them stay cheap to read. */
export function decision(
  row: number,
  unitId: string,
  outcome: Outcome,
  pool: string | null,
  position: number | null,
  rule: string | null,
  reason: string,
  request: string | null = null,
  key: PoolKey | null = null,
): Decision {
  return { row, unitId, outcome, pool, position, rule, reason, request, key };
}

/**
 * One valid vacancy, its chosen rule (or none), the counters and the open requests → its decision.
 * Moves counters, and fills the request a vacancy goes to.
 */
export function decide(vacancy: Vacancy, row: number, rule: Rule | null, agreement: Agreement, counters: Counters, requests: RequestBook | null = null): Decision {
  if (rule === null) return decision(row, vacancy.unitId, agreement.defaultOutcome, null, null, null, da.reason.noRule(agreement.defaultOutcome));
  switch (rule.outcome) {
    case 'excluded':
      return decision(row, vacancy.unitId, 'excluded', null, null, rule.name, da.reason.exclude(rule.name));
    case 'waitlist':
      return decision(row, vacancy.unitId, 'waitlist', null, null, rule.name, da.reason.waitlist(rule.name));
    case 'municipality':
      return decision(row, vacancy.unitId, 'municipality', null, null, rule.name, da.reason.allocate(rule.name));
    case 'pool':
      return decideQuota(vacancy, row, rule, agreement, counters);
    case 'request':
      return decideRequest(vacancy, row, rule, requests);
  }
}

function decideQuota(vacancy: Vacancy, row: number, rule: Rule, agreement: Agreement, counters: Counters): Decision {
  const pool = agreement.pools.get(rule.pool!)!;
  const { key, position, result } = quotaStep(vacancy, pool, counters);
  const ruleText = da.reason.poolRule(pool.kind);
  const where = da.reason.inPool(pool.label, key);
  const made = (outcome: Outcome, reason: string) => decision(row, vacancy.unitId, outcome, pool.name, position, rule.name, reason, null, key);
  if (result === 'miss') return made('waitlist', da.reason.quotaMiss(position, where, ruleText));
  if (result === 'capped') return made('waitlist', da.reason.capReached(position, where, ruleText, pool.capPerMonth!, vacancy.vacantFrom!.slice(0, 7)));
  return made('municipality', da.reason.quotaHit(position, where, ruleText));
}

/** What a pool does with a vacancy: its key and position, and whether it is a miss, a hit the monthly cap turns away, or a hit. Moves the counters. */
function quotaStep(vacancy: Vacancy, pool: Pool, counters: Counters): { key: PoolKey | null; position: number; result: 'miss' | 'capped' | 'hit' } {
  const key = pool.per === null ? null : poolKeyOf(pool.per, vacancy);
  const position = counters.next(pool, key);
  if (!isMunicipalPosition(pool.kind, position)) return { key, position, result: 'miss' };
  // The cap counts vacancies by the calendar month of Ledig fra; an undated vacancy is in no month.
  if (pool.capPerMonth !== null && vacancy.vacantFrom !== null) {
    const month = vacancy.vacantFrom.slice(0, 7);
    if (counters.capUsed(pool, key, month) >= pool.capPerMonth) {
      counters.recordCapped(pool, key);
      return { key, position, result: 'capped' };
    }
    counters.useCap(pool, key, month);
  }
  return { key, position, result: 'hit' };
}

/**
 * The outcome `decide` gives, moving the counters and filling requests alike, without building
 * the decision or its reason: the simulation asks only who gets each vacancy.
 */
export function outcomeOf(vacancy: Vacancy, rule: Rule | null, agreement: Agreement, counters: Counters, requests: RequestBook | null = null): Outcome {
  if (rule === null) return agreement.defaultOutcome;
  switch (rule.outcome) {
    case 'excluded':
    case 'waitlist':
    case 'municipality':
      return rule.outcome;
    case 'pool':
      return quotaStep(vacancy, agreement.pools.get(rule.pool!)!, counters).result === 'hit' ? 'municipality' : 'waitlist';
    case 'request':
      return (requests?.take(vacancy) ?? null) === null ? 'waitlist' : 'municipality';
  }
}

/** The first-created open request that matches goes to the vacancy; without one, the waiting list does. */
function decideRequest(vacancy: Vacancy, row: number, rule: Rule, requests: RequestBook | null): Decision {
  const request = requests?.take(vacancy) ?? null;
  if (request === null) return decision(row, vacancy.unitId, 'waitlist', null, null, rule.name, da.reason.noOpenRequest(rule.name));
  return decision(row, vacancy.unitId, 'municipality', null, null, rule.name, da.reason.requestFilled(request.id, request.created), request.id);
}
