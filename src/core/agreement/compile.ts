import { isRecord } from '../util/isRecord';
import { CompileRefusal, CompileRefusalCode, isRefusal } from './compileRefusal';
import type { JsonPath } from './path';
import { ConditionTree } from './types';
import type { FactName } from '../types';

export type Facts = Readonly<Record<string, unknown>>;
export type Predicate = (facts: Facts) => boolean;

/**
 * json-rules-engine's number check, parseFloat(a).toString() !== 'NaN', with the same answers: a
 * number passes unless it is NaN, without making a string for every comparison.
 */
const numberValidator = (a: unknown) => (typeof a === 'number' ? a === a : Number.parseFloat(a as string).toString() !== 'NaN');
/* eslint-disable @typescript-eslint/no-explicit-any */
const OPERATORS: Record<string, (a: any, b: any) => boolean> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => b.indexOf(a) > -1,
  notIn: (a, b) => b.indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => numberValidator(a) && a < b,
  lessThanInclusive: (a, b) => numberValidator(a) && a <= b,
  greaterThan: (a, b) => numberValidator(a) && a > b,
  greaterThanInclusive: (a, b) => numberValidator(a) && a >= b,
};
/* eslint-enable @typescript-eslint/no-explicit-any */

/** What a predicate is known to answer whatever the row: compared by identity when combining. */
export const ALWAYS: Predicate = () => true;
export const NEVER: Predicate = () => false;

/** Facts whose value is known where the predicate will run (the rule chooser's dispatch has read them). */
export type KnownFacts = ReadonlyMap<string, unknown>;
const NOTHING_KNOWN: KnownFacts = new Map();

/**
 * Compiles a condition tree to a synchronous predicate with exactly json-rules-engine's results
 * (an empty `all` or `any` holds; `not` negates; named conditions are inlined). Returns null for
 * anything outside that subset (decorated operators, fact params, JSONPath) the reason, as data:
 * the engine decides those. A comparison of a known fact with a literal is answered here, once, and
 * folds into ALWAYS or NEVER.
 */
export function compileConditions(tree: unknown, named: Readonly<Record<string, ConditionTree>>, known: KnownFacts = NOTHING_KNOWN): Predicate | CompileRefusal {
  return compileTree(tree, named, known, new Set(), []);
}

const refuse = (refused: CompileRefusalCode, path: JsonPath, name?: string): CompileRefusal => (name === undefined ? { refused, path } : { refused, path, name });

function compileTree(tree: unknown, named: Readonly<Record<string, ConditionTree>>, known: KnownFacts, resolving: ReadonlySet<string>, path: JsonPath): Predicate | CompileRefusal {
  if (!isRecord(tree)) return refuse('notACondition', path);
  if (Array.isArray(tree.all) || Array.isArray(tree.any)) {
    const every = Array.isArray(tree.all);
    const key = every ? 'all' : 'any';
    const parts = tree[key] as unknown[];
    const compiled: Predicate[] = [];
    for (let i = 0; i < parts.length; i++) {
      const part = compileTree(parts[i], named, known, resolving, [...path, key, i]);
      if (isRefusal(part)) return part;
      compiled.push(part);
    }
    return every ? allOf(compiled) : anyOf(compiled);
  }
  if ('not' in tree) {
    const inner = compileTree(tree.not, named, known, resolving, [...path, 'not']);
    if (isRefusal(inner)) return inner;
    return inner === ALWAYS ? NEVER : inner === NEVER ? ALWAYS : (f) => !inner(f);
  }
  if (typeof tree.condition === 'string') {
    const name = tree.condition;
    // An unknown or self-referencing name would make the engine throw or loop; leave it to the engine's checks.
    if (!Object.prototype.hasOwnProperty.call(named, name)) return refuse('unknownNamedCondition', [...path, 'condition'], name);
    if (resolving.has(name)) return refuse('circularNamedCondition', [...path, 'condition'], name);
    return compileTree(named[name], named, known, new Set([...resolving, name]), path);
  }
  return compileFactCondition(tree, known, path);
}

function allOf(parts: readonly Predicate[]): Predicate {
  if (parts.includes(NEVER)) return NEVER;
  return joined(
    parts.filter((p) => p !== ALWAYS),
    true,
  );
}

function anyOf(parts: readonly Predicate[]): Predicate {
  // An empty `any` holds, like the engine's; one whose parts are all known to fail does not.
  if (parts.length === 0 || parts.includes(ALWAYS)) return ALWAYS;
  const open = parts.filter((p) => p !== NEVER);
  return open.length === 0 ? NEVER : joined(open, false);
}

function joined(preds: readonly Predicate[], every: boolean): Predicate {
  if (preds.length === 0) return ALWAYS;
  if (preds.length === 1) return preds[0];
  // Two and three parts, the usual rule, written out: no loop on the hot path.
  if (preds.length === 2) {
    const [a, b] = preds;
    return every ? (f) => a(f) && b(f) : (f) => a(f) || b(f);
  }
  if (preds.length === 3) {
    const [a, b, c] = preds;
    return every ? (f) => a(f) && b(f) && c(f) : (f) => a(f) || b(f) || c(f);
  }
  if (every)
    return (f) => {
      for (let i = 0; i < preds.length; i++) if (!preds[i](f)) return false;
      return true;
    };
  return (f) => {
    for (let i = 0; i < preds.length; i++) if (preds[i](f)) return true;
    return false;
  };
}

function compileFactCondition(c: Record<string, unknown>, known: KnownFacts, path: JsonPath): Predicate | CompileRefusal {
  const { fact, operator, value } = c;
  if (typeof fact !== 'string') return refuse('factNotText', [...path, 'fact']);
  if (typeof operator !== 'string') return refuse('operatorNotText', [...path, 'operator']);
  if ('path' in c) return refuse('jsonPath', [...path, 'path']);
  if ('params' in c) return refuse('factParams', [...path, 'params']);
  // The operator is the agreement's text: "constructor" must not find Object's own.
  const op = Object.prototype.hasOwnProperty.call(OPERATORS, operator) ? OPERATORS[operator] : undefined;
  if (op === undefined) return refuse(operator.includes(':') ? 'decoratedOperator' : 'unknownOperator', [...path, 'operator'], operator);
  if (!('value' in c)) return refuse('noValue', path);
  // in/notIn against anything but a list may throw inside the engine, in an order only it knows.
  if ((operator === 'in' || operator === 'notIn') && !Array.isArray(value)) return refuse('listOperatorWithoutList', [...path, 'value'], operator);
  const left = accessor(fact);
  if (isRecord(value) && Object.prototype.hasOwnProperty.call(value, 'fact')) {
    const other = value.fact;
    if (typeof other !== 'string' || Object.keys(value).some((k) => k !== 'fact')) return refuse('factReferenceWithMore', [...path, 'value']);
    const right = accessor(other);
    return (f) => op(left(f), right(f));
  }
  if (known.has(fact)) return op(known.get(fact), value) ? ALWAYS : NEVER;
  return literalComparison(operator, left, value) ?? ((f) => op(left(f), value));
}

/**
 * One reader per fact, each reading one fixed property: V8 keeps each read monomorphic, where a
 * shared `facts[name]` with changing names would not. Other names read as the engine would.
 */
// Typed by FactName, so a fact added to the field table without a reader here does not compile.
const ACCESSORS: { readonly [K in FactName]: (f: Facts) => unknown } = {
  unitId: (f) => f.unitId,
  organisation: (f) => f.organisation,
  department: (f) => f.department,
  address: (f) => f.address,
  housingType: (f) => f.housingType,
  rooms: (f) => f.rooms,
  area: (f) => f.area,
  rent: (f) => f.rent,
  consumption: (f) => f.consumption,
  rentInclConsumption: (f) => f.rentInclConsumption,
  vacantFrom: (f) => f.vacantFrom,
  areaStatus: (f) => f.areaStatus,
  lettingType: (f) => f.lettingType,
  rentReduction: (f) => f.rentReduction,
  departmentGroup: (f) => f.departmentGroup,
};

export function accessor(fact: string): (f: Facts) => unknown {
  // Facts are own properties, as in the engine's almanac: a fact named "constructor" is undefined, not Object.
  return Object.prototype.hasOwnProperty.call(ACCESSORS, fact) ? ACCESSORS[fact as FactName] : (f) => (Object.prototype.hasOwnProperty.call(f, fact) ? f[fact] : undefined);
}

/**
 * `in` and `notIn` against two to four values, the usual department or label list, as `===` tests:
 * indexOf's answers (strict equality; NaN is never found) without a call into the list.
 */
function inShortList(left: (f: Facts) => unknown, list: readonly unknown[], wanted: boolean): Predicate | null {
  if (list.length < 2 || list.length > 4) return null;
  // A hole or undefined in the list (possible only in memory, never in JSON): indexOf's own rules apply.
  for (let i = 0; i < list.length; i++) if (!(i in list) || list[i] === undefined) return null;
  const [a, b] = list;
  const c = list.length > 2 ? list[2] : a;
  const d = list.length > 3 ? list[3] : a;
  return (f) => {
    const x = left(f);
    return (x === a || x === b || x === c || x === d) === wanted;
  };
}

/**
 * The hot cases with the comparison written out, one call fewer per condition: a fact against a
 * literal with equal/notEqual, a short list with in/notIn, or a number with the four numeric operators. Same answers as OPERATORS.
 */
function literalComparison(operator: string, left: (f: Facts) => unknown, value: unknown): Predicate | null {
  switch (operator) {
    case 'equal':
      return (f) => left(f) === value;
    case 'notEqual':
      return (f) => left(f) !== value;
    case 'in':
      return inShortList(left, value as unknown[], true);
    case 'notIn':
      return inShortList(left, value as unknown[], false);
  }
  if (typeof value !== 'number') return null;
  switch (operator) {
    case 'lessThan':
      return (f) => {
        const a = left(f) as number;
        return numberValidator(a) && a < value;
      };
    case 'lessThanInclusive':
      return (f) => {
        const a = left(f) as number;
        return numberValidator(a) && a <= value;
      };
    case 'greaterThan':
      return (f) => {
        const a = left(f) as number;
        return numberValidator(a) && a > value;
      };
    case 'greaterThanInclusive':
      return (f) => {
        const a = left(f) as number;
        return numberValidator(a) && a >= value;
      };
  }
  return null;
}
