import { factKind, LABEL_FACTS, LabelFactName } from '../grammar/factKinds';

type Bound = { value: number | string; inclusive: boolean };

/**
 * What a conjunction of simple conditions demands of one fact, over the values the sheet reader
 * gives it (numbers and null; text and null; one of a few labels): bounds, a finite set it must
 * be in (null: any), and values it must not be.
 */
export interface Constraint {
  lower: Bound | null;
  upper: Bound | null;
  include: unknown[] | null;
  exclude: unknown[];
}

export const ANYTHING: Constraint = { lower: null, upper: null, include: null, exclude: [] };

const ORDERED_OPS = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);

/** The constraint one fact condition puts on its fact, or null when this analysis cannot say (it is then opaque). */
export function leafConstraint(fact: string, operator: string, value: unknown): Constraint | null {
  const kind = factKind(fact);
  if (kind === undefined) return null;
  const scalar = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  switch (operator) {
    case 'equal':
      return scalar(value) ? { ...ANYTHING, include: [value] } : null;
    case 'notEqual':
      return scalar(value) ? { ...ANYTHING, exclude: [value] } : null;
    case 'in':
      return Array.isArray(value) && value.every(scalar) ? { ...ANYTHING, include: [...value] } : null;
    case 'notIn':
      return Array.isArray(value) && value.every(scalar) ? { ...ANYTHING, exclude: [...value] } : null;
  }
  if (!ORDERED_OPS.has(operator)) return null;
  // Numbers on number facts; ISO dates (compared as text, as the engine does) on Ledig fra.
  const ordered = (kind === 'number' || kind === 'wholeNumber') && typeof value === 'number' ? true : kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (!ordered) return null;
  const inclusive = operator.endsWith('Inclusive');
  return operator.startsWith('less') ? { ...ANYTHING, upper: { value: value as number | string, inclusive } } : { ...ANYTHING, lower: { value: value as number | string, inclusive } };
}

/** Both at once. */
export function intersect(a: Constraint, b: Constraint): Constraint {
  return {
    lower: tighter(a.lower, b.lower, 1),
    upper: tighter(a.upper, b.upper, -1),
    include: a.include === null ? b.include : b.include === null ? a.include : a.include.filter((v) => b.include!.includes(v)),
    exclude: [...a.exclude, ...b.exclude],
  };
}

function tighter(a: Bound | null, b: Bound | null, direction: 1 | -1): Bound | null {
  if (a === null) return b;
  if (b === null || typeof a.value !== typeof b.value) return a;
  if (a.value === b.value) return { value: a.value, inclusive: a.inclusive && b.inclusive };
  return a.value > b.value === (direction === 1) ? a : b;
}

/** Whether the fact's value x (as the reader gives it) meets the constraint, exactly as the engine compares. */
export function meets(c: Constraint, x: unknown): boolean {
  if (c.lower !== null || c.upper !== null) {
    const type = typeof (c.lower ?? c.upper)!.value;
    if (typeof x !== type) return false;
    const v = x as number | string;
    if (c.lower !== null && (v < c.lower.value || (v === c.lower.value && !c.lower.inclusive))) return false;
    if (c.upper !== null && (v > c.upper.value || (v === c.upper.value && !c.upper.inclusive))) return false;
  }
  if (c.include !== null && !c.include.includes(x)) return false;
  return !c.exclude.includes(x);
}

/** The fact's values when there are few: a label fact's labels (and null where a blank cell gives it). */
function finiteDomain(fact: string): unknown[] | null {
  if (factKind(fact) !== 'label') return null;
  return [...LABEL_FACTS[fact as LabelFactName].values, ...(fact === 'housingType' ? [null] : [])];
}

/** Whether a value is of a type the reader can give the fact. */
function inDomain(fact: string, x: unknown): boolean {
  const kind = factKind(fact);
  if (x === null) return fact !== 'areaStatus' && fact !== 'lettingType';
  if (kind === 'number' || kind === 'wholeNumber') return typeof x === 'number';
  if (kind === 'label') return finiteDomain(fact)!.includes(x);
  return typeof x === 'string';
}

/** The values of the fact that meet the constraint, when they are finitely many; null when infinitely many. */
function finiteMembers(fact: string, c: Constraint): unknown[] | null {
  const candidates = c.include ?? finiteDomain(fact) ?? (c.lower !== null && c.upper !== null && c.lower.value === c.upper.value && c.lower.inclusive && c.upper.inclusive ? [c.lower.value] : null);
  return candidates === null ? null : candidates.filter((x) => inDomain(fact, x) && meets(c, x));
}

/** No value the reader can give the fact meets the constraint. */
export function isEmpty(fact: string, c: Constraint): boolean {
  const members = finiteMembers(fact, c);
  if (members !== null) return members.length === 0;
  if (c.lower !== null && c.upper !== null && typeof c.lower.value === typeof c.upper.value) {
    return c.lower.value > c.upper.value || (c.lower.value === c.upper.value && !(c.lower.inclusive && c.upper.inclusive));
  }
  return false;
}

/**
 * Every value of the fact that meets `a` meets `b`. Exact where `a` admits finitely many values;
 * otherwise sound: b may not want a finite set, its bounds must hold a's, a's null must be b's,
 * and what b excludes a must exclude. Never true where it is false.
 */
export function within(fact: string, a: Constraint, b: Constraint): boolean {
  const members = finiteMembers(fact, a);
  if (members !== null) return members.every((x) => meets(b, x));
  if (b.include !== null) return false;
  const aHasNull = a.lower === null && a.upper === null && inDomain(fact, null) && meets(a, null);
  if (aHasNull && !meets(b, null)) return false;
  if (b.lower !== null && !boundWithin(a.lower, b.lower, 1)) return false;
  if (b.upper !== null && !boundWithin(a.upper, b.upper, -1)) return false;
  return b.exclude.every((x) => !inDomain(fact, x) || !meets(a, x));
}

/** a's bound is at least as tight as b's, on the side given (1: lower, -1: upper). */
function boundWithin(a: Bound | null, b: Bound, direction: 1 | -1): boolean {
  if (a === null || typeof a.value !== typeof b.value) return false;
  if (a.value === b.value) return b.inclusive || !a.inclusive;
  return a.value > b.value === (direction === 1);
}
