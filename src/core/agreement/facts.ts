import { FieldKey, FIELDS } from '../sheet/fields';
import type { FactName } from '../types';
import { nearest } from '../util/nearest';
import { factForHeader } from './grammar/factKinds';
import { NOT_COLUMNS } from './grammar/factTable';

/**
 * The facts a rule may test: one per column the sheet reader knows, and the department's group,
 * which the department register gives each vacancy.
 */
export const KNOWN_FACTS: readonly FactName[] = [...FIELDS.map((f) => f.key), ...(Object.keys(NOT_COLUMNS) as Exclude<FactName, FieldKey>[])];

const KNOWN: ReadonlySet<string> = new Set(KNOWN_FACTS);

export function isKnownFact(name: string): boolean {
  return KNOWN.has(name);
}

/** A Danish column name ("Boligtype", "Afdelingsgruppe") points to its fact; otherwise the nearest spelling. */
export function suggestFact(name: string): string | undefined {
  return factForHeader(name) ?? nearest(name, KNOWN_FACTS);
}

/** json-rules-engine's built-in operators, and the decorators that may prefix them ("not:equal"). */
export const OPERATORS = ['equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'] as const;
export const OPERATOR_DECORATORS = ['someFact', 'someValue', 'everyFact', 'everyValue', 'swap', 'not'] as const;

export function isKnownOperator(op: string): boolean {
  const parts = op.split(':');
  const base = parts.pop()!;
  return (OPERATORS as readonly string[]).includes(base) && parts.every((d) => (OPERATOR_DECORATORS as readonly string[]).includes(d));
}

export function suggestOperator(op: string): string | undefined {
  return nearest(op.split(':').pop()!, OPERATORS);
}
