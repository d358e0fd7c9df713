import { isRecord } from '../util/isRecord';
import { inlineNamed } from './model/inline';
import { Agreement } from './types';

/** What an agreement needs besides the vacancy sheet: the department register, the municipality's requests. */
export type NeededInput = 'register' | 'requests';

/** Whether any rule tests the department's group (also through a named condition, or as the other side of a comparison). */
export function testsDepartmentGroup(agreement: Agreement): boolean {
  return agreement.rules.some((r) => mentions(inlineNamed(r.conditions, agreement.namedConditions), 'departmentGroup'));
}

/** Whether any rule gives vacancies to the municipality's requests. */
export function usesRequests(agreement: Agreement): boolean {
  return agreement.rules.some((r) => r.outcome === 'request');
}

/**
 * The inputs an agreement cannot run without that a run does not have. An agreement testing
 * departmentGroup without a register would decide every vacancy as if it had no group, and one
 * of requests without a requests table would send every vacancy to the waiting list: both are
 * refused before anything is decided.
 */
export function missingInputs(agreement: Agreement, has: { register: boolean; requests: boolean }): NeededInput[] {
  const out: NeededInput[] = [];
  if (!has.register && testsDepartmentGroup(agreement)) out.push('register');
  if (!has.requests && usesRequests(agreement)) out.push('requests');
  return out;
}

function mentions(tree: unknown, fact: string): boolean {
  if (Array.isArray(tree)) return tree.some((t) => mentions(t, fact));
  if (!isRecord(tree)) return false;
  if (tree.fact === fact || (isRecord(tree.value) && tree.value.fact === fact)) return true;
  return ['all', 'any', 'not'].some((k) => k in tree && mentions(tree[k], fact));
}
