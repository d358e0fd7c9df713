/** What a finding is about; the codes of DOMAIN.md, and mixedOrganisations for § 59's per-organisation right. */
export type FindingCode = 'shadowed' | 'unusedPool' | 'boundary' | 'noHits' | 'unknownValue' | 'mixedOrganisations';

/**
 * Advice on an agreement (not an error: it can be used as it is), as data: the rule, pool, fact
 * and value it is about (null where they do not apply), more values, and the Danish sentence.
 */
export interface Finding {
  code: FindingCode;
  rule: string | null;
  pool: string | null;
  fact: string | null;
  value: string | number | null;
  message: string;
  values?: Record<string, unknown>;
}
