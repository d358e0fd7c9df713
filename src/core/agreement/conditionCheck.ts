import { isRecord } from '../util/isRecord';
import { isKnownFact, isKnownOperator, suggestFact, suggestOperator } from './facts';
import { labelFact } from './grammar/factKinds';
import { JsonPath } from './path';
import { PathError } from './schemaCheck';

const NUMERIC_OPERATORS = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);
const LIST_OPERATORS = new Set(['in', 'notIn']);
const TEXT_FACTS = new Set(['unitId', 'organisation', 'department', 'address', 'vacantFrom', 'departmentGroup']);

/**
 * Walks a condition tree for what the schema cannot know: the facts and operators that exist,
 * the named conditions defined, and values that could never match what the sheet reader gives.
 * Defensive about shape: the schema check reports shape errors.
 */
export function checkConditions(node: unknown, path: JsonPath, named: ReadonlySet<string>, out: PathError[]): void {
  if (!isRecord(node)) return;
  for (const key of ['all', 'any'] as const) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((child, i) => checkConditions(child, [...path, key, i], named, out));
  }
  if ('not' in node) checkConditions(node.not, [...path, 'not'], named, out);
  if (typeof node.condition === 'string' && !named.has(node.condition)) {
    out.push({ path: [...path, 'condition'], code: 'unknownCondition', values: { name: node.condition } });
  }
  if (typeof node.fact === 'string') checkFactCondition(node, path, out);
}

function checkFactCondition(node: Record<string, unknown>, path: JsonPath, out: PathError[]): void {
  const fact = node.fact as string;
  const factOk = isKnownFact(fact);
  if (!factOk) out.push({ path: [...path, 'fact'], code: 'unknownFact', values: { fact, suggestion: suggestFact(fact) ?? null } });
  const op = node.operator;
  const opOk = typeof op === 'string' && isKnownOperator(op);
  if (typeof op === 'string' && !opOk) out.push({ path: [...path, 'operator'], code: 'unknownOperator', values: { operator: op, suggestion: suggestOperator(op) ?? null } });
  const value = node.value;
  if (isRecord(value)) {
    checkFactReference(value, [...path, 'value'], out);
    // No fact holds a list, so in/notIn against another fact could only fail or misbehave.
    if (typeof op === 'string' && LIST_OPERATORS.has(op)) out.push({ path: [...path, 'value'], code: 'needsList', values: { operator: op } });
    return;
  }
  if (!factOk || !opOk) return;
  const base = (op as string).split(':').pop()!;
  if (op !== base) return; // decorated operators compare element-wise; leave them to the engine
  const valuePath = [...path, 'value'];
  if (LIST_OPERATORS.has(base) && !Array.isArray(value)) {
    out.push({ path: valuePath, code: 'needsList', values: { operator: base } });
    return;
  }
  if (NUMERIC_OPERATORS.has(base) && typeof value !== 'number' && !TEXT_FACTS.has(fact)) {
    out.push({ path: valuePath, code: 'needsNumber', values: { operator: base, value } });
    return;
  }
  const values = Array.isArray(value) ? value : [value];
  values.forEach((v, i) => {
    const at = Array.isArray(value) ? [...valuePath, i] : valuePath;
    checkLiteral(fact, v, at, out);
  });
}

function checkFactReference(value: Record<string, unknown>, path: JsonPath, out: PathError[]): void {
  if ('path' in value) out.push({ path: [...path, 'path'], code: 'pathNotAllowed', values: {} });
  const extra = Object.keys(value).filter((k) => k !== 'fact' && k !== 'path');
  if (typeof value.fact !== 'string' || extra.length > 0) {
    out.push({ path, code: 'factValueShape', values: {} });
    return;
  }
  if (!isKnownFact(value.fact)) out.push({ path: [...path, 'fact'], code: 'unknownFact', values: { fact: value.fact, suggestion: suggestFact(value.fact) ?? null } });
}

function checkLiteral(fact: string, value: unknown, path: JsonPath, out: PathError[]): void {
  const label = labelFact(fact);
  if (label && typeof value === 'string' && !label.values.includes(value)) {
    out.push({ path, code: 'unknownLabel', values: { fact, value, allowed: [...label.values], suggestion: label.read(value) ?? null } });
  } else if (TEXT_FACTS.has(fact) && typeof value === 'number') {
    out.push({ path, code: 'textNotNumber', values: { fact, value } });
  }
}

/** Named conditions that refer to each other in a ring would send the engine round forever. */
export function findReferenceCycle(named: Record<string, unknown>): string[] | null {
  const refs = (node: unknown, out: string[]): string[] => {
    if (Array.isArray(node)) node.forEach((n) => refs(n, out));
    else if (isRecord(node)) {
      if (typeof node.condition === 'string') out.push(node.condition);
      for (const key of ['all', 'any', 'not']) if (key in node) refs(node[key], out);
    }
    return out;
  };
  const visit = (name: string, path: string[]): string[] | null => {
    if (path.includes(name)) return [...path.slice(path.indexOf(name)), name];
    if (!Object.prototype.hasOwnProperty.call(named, name)) return null;
    for (const next of refs(named[name], [])) {
      const found = visit(next, [...path, name]);
      if (found) return found;
    }
    return null;
  };
  for (const name of Object.keys(named)) {
    const found = visit(name, []);
    if (found) return found;
  }
  return null;
}
