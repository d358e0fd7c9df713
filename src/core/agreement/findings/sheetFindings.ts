import { createRuleChooser } from '../../allocation/ruleChooser';
import { Vacancy } from '../../types';
import { factKind } from '../grammar/factKinds';
import { inlineNamed } from '../model/inline';
import { isRecord } from '../../util/isRecord';
import { Agreement, Rule } from '../types';
import { decisionOrder } from './agreementFindings';
import { Finding } from './types';

/** What a sheet shows of an agreement: rules that decide none of its rows, text no row has, pools mixing organisations. */
export async function sheetFindings(agreement: Agreement, vacancies: readonly Vacancy[], columns: ReadonlySet<string>): Promise<Finding[]> {
  const choose = createRuleChooser(agreement);
  const chosen: (Rule | null)[] = [];
  for (const v of vacancies) {
    const r = choose(v);
    chosen.push(r instanceof Promise ? await r : r);
  }
  return [...noHits(agreement, chosen, vacancies.length), ...unknownValues(agreement, vacancies, columns), ...mixedOrganisations(agreement, vacancies, chosen, columns)];
}

function noHits(agreement: Agreement, chosen: (Rule | null)[], rows: number): Finding[] {
  const hit = new Set(chosen.map((r) => r?.index));
  return decisionOrder(agreement)
    .filter((r) => !hit.has(r.index))
    .map((r) => ({ code: 'noHits' as const, rule: r.name, pool: null, fact: null, value: null, values: { rows } }));
}

/** Text the rule compares a text fact with (equal, notEqual, in, notIn), anywhere in its conditions. */
function textValues(tree: unknown, out: { fact: string; value: string }[] = []): { fact: string; value: string }[] {
  if (Array.isArray(tree)) tree.forEach((t) => textValues(t, out));
  else if (isRecord(tree)) {
    for (const key of ['all', 'any', 'not']) if (key in tree) textValues(tree[key], out);
    const { fact, operator, value } = tree;
    if (typeof fact === 'string' && factKind(fact) === 'text' && ['equal', 'notEqual', 'in', 'notIn'].includes(operator as string)) {
      for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string') out.push({ fact, value: v });
    }
  }
  return out;
}

/** A department, organisation … that a rule names and no row of the sheet has: likely a typo, or an old list. Only for columns the sheet has. */
function unknownValues(agreement: Agreement, vacancies: readonly Vacancy[], columns: ReadonlySet<string>): Finding[] {
  const present = new Map<string, Set<unknown>>();
  const out: Finding[] = [];
  for (const rule of decisionOrder(agreement)) {
    const seen = new Set<string>();
    for (const { fact, value } of textValues(inlineNamed(rule.conditions, agreement.namedConditions))) {
      if (!columns.has(fact) || seen.has(`${fact}\u0000${value}`)) continue;
      seen.add(`${fact}\u0000${value}`);
      const values = present.get(fact) ?? present.set(fact, new Set(vacancies.map((v) => (v as unknown as Record<string, unknown>)[fact]))).get(fact)!;
      if (!values.has(value)) out.push({ code: 'unknownValue', rule: rule.name, pool: null, fact, value });
    }
  }
  return out;
}

/**
 * A pool with one counter whose vacancies in the sheet come from two or more housing
 * organisations: § 59's "every fourth" is a right against each organisation, so one counter
 * across them is wrong; a pool counted per organisation or per department (within its
 * organisation) counts each apart. A row without an organisation is not a second one.
 */
function mixedOrganisations(agreement: Agreement, vacancies: readonly Vacancy[], chosen: (Rule | null)[], columns: ReadonlySet<string>): Finding[] {
  if (!columns.has('organisation')) return [];
  const byPool = new Map<string, Set<string>>();
  vacancies.forEach((v, i) => {
    const pool = chosen[i]?.pool;
    if (pool === null || pool === undefined || v.organisation === null || v.organisation === '') return;
    (byPool.get(pool) ?? byPool.set(pool, new Set()).get(pool)!).add(v.organisation);
  });
  const out: Finding[] = [];
  for (const pool of agreement.pools.values()) {
    if (pool.per !== null) continue;
    const organisations = [...(byPool.get(pool.name) ?? [])].sort((a, b) => a.localeCompare(b, 'da'));
    if (organisations.length < 2) continue;
    out.push({ code: 'mixedOrganisations', rule: null, pool: pool.name, fact: 'organisation', value: null, values: { label: pool.label, organisations } });
  }
  return out;
}
