import type { IssueOf } from '../../util/issue';

/** What a finding is about: the rule, pool, fact and value (null where they do not apply). */
interface About {
  rule: string | null;
  pool: string | null;
  fact: string | null;
  value: string | number | null;
}

/** Each kind of finding (DOMAIN.md's codes, and mixedOrganisations for § 59's per-organisation right) and what it names. */
export interface FindingValues {
  /** `rule` (nr. `position` in decision order) is covered by `by` (nr. `byPosition`). */
  shadowed: About & { rule: string; values: { position: number; by: string; byPosition: number } };
  unusedPool: About & { pool: string; values: { label: string } };
  /** `values.under` says under `value` on `fact`, `rule` (= `values.over`) says over it. */
  boundary: About & { rule: string; fact: string; value: number; values: { under: string; over: string } };
  noHits: About & { rule: string; values: { rows: number } };
  unknownValue: About & { rule: string; fact: string; value: string };
  mixedOrganisations: About & { pool: string; values: { label: string; organisations: string[] } };
}

export type FindingCode = keyof FindingValues;

/** Advice on an agreement (not an error: it can be used as it is), as data; da/findings.ts says it in Danish. */
export type Finding = IssueOf<FindingValues>;
