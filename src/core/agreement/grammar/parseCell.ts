import { parseDate } from '../../sheet/dates';
import { cellText } from '../../sheet/cellText';
import { parseNumber } from '../../sheet/numbers';
import { CellValue } from '../../types';
import { nearest } from '../../util/nearest';
import { labelText, labelFact, factKind, FactKind, LabelFactName } from './factKinds';
import { CellCondition, CellValueOf, Comparison } from './cellCondition';
import type { GrammarProblem } from './grammarProblem';

export type { GrammarProblem } from './grammarProblem';

export type CellReading = { ok: true; condition: CellCondition | null } | { ok: false; problem: GrammarProblem };

const NO_CONDITION = /^(-|alle)?$/i;
const LIST_SEPARATOR = /\s*;\s*|,\s+/;
const NEGATION = /^ikke(?:\s+(.*))?$/i;
const WORDS: Record<string, Comparison> = { under: 'lessThan', højst: 'lessThanInclusive', over: 'greaterThan', mindst: 'greaterThanInclusive', fra: 'greaterThanInclusive' };
const SIGNS: Record<string, Comparison> = { '<': 'lessThan', '<=': 'lessThanInclusive', '≤': 'lessThanInclusive', '>': 'greaterThan', '>=': 'greaterThanInclusive', '≥': 'greaterThanInclusive' };
const COMPARISON = /^(?:(under|højst|over|mindst|fra)\s+|(<=|>=|≤|≥|<|>)\s*)(.+)$/i;
const FROM_TO = /^fra\s+(.+?)\s+til\s+(.+)$/i;

/**
 * Reads one cell of the rules table as the condition on its fact (null: no condition). Spaces
 * around words and signs do not matter; words are case-insensitive.
 */
export function parseCell(fact: string, cell: CellValue): CellReading {
  const kind = factKind(fact);
  if (kind === undefined) return fail({ code: 'unknownFact', text: fact });
  const text = cellText(cell).trim();
  if (cell instanceof Date && kind !== 'date') return fail({ code: 'dateInCell', text });
  // A number cell is the number itself on a number fact: no text to misread.
  if (typeof cell === 'number' && (kind === 'number' || kind === 'wholeNumber')) return single(kind, fact, cell, text);
  if (typeof cell === 'number' && kind === 'date') return single(kind, fact, cell, text);
  if (NO_CONDITION.test(text)) return { ok: true, condition: null };

  const negation = NEGATION.exec(text);
  if (negation) {
    const rest = (negation[1] ?? '').trim();
    if (rest === '') return fail({ code: 'emptyNegation', text });
    const values = listOf(kind, fact, rest);
    if (!values.ok) return values;
    return { ok: true, condition: values.values.length === 1 ? { op: 'notEqual', value: values.values[0] } : { op: 'notIn', values: values.values } };
  }
  const items = text.split(LIST_SEPARATOR).filter((s) => s !== '');
  if (items.length > 1) {
    const values = listOf(kind, fact, text);
    if (!values.ok) return values;
    return { ok: true, condition: { op: 'in', values: values.values } };
  }
  const ordered = kind === 'number' || kind === 'wholeNumber' || kind === 'date';
  const fromTo = FROM_TO.exec(text);
  const compared = COMPARISON.exec(text);
  if (ordered && fromTo) return range(kind, fact, fromTo[1], fromTo[2], text);
  // A department may be called "Over Bakken": on text, only a comparison with a number is one.
  if (compared && (kind === 'label' || (!ordered && parseNumber(compared[3].trim()) !== undefined))) return fail({ code: 'comparisonOnText', text });
  if (compared && ordered) {
    const op = compared[1] !== undefined ? WORDS[compared[1].toLowerCase()] : SIGNS[compared[2]];
    const bound = valueOf(kind, fact, compared[3].trim(), compared[3].trim());
    return bound.ok ? { ok: true, condition: { op, value: bound.value } } : bound;
  }
  if (!ordered) {
    if (kind === 'text' && looksLikeNumberRange(text)) return fail({ code: 'rangeOnText', text });
    return single(kind, fact, text, text);
  }
  const one = valueOf(kind, fact, text, text);
  if (one.ok) return { ok: true, condition: { op: 'equal', value: one.value } };
  for (const [left, right] of rangeSplits(text)) {
    if (valueOf(kind, fact, left, left).ok && valueOf(kind, fact, right, right).ok) return range(kind, fact, left, right, text);
  }
  return one;
}

function fail(problem: GrammarProblem): CellReading {
  return { ok: false, problem };
}

function single(kind: FactKind, fact: string, cell: CellValue, text: string): CellReading {
  const v = valueOf(kind, fact, cell, text);
  return v.ok ? { ok: true, condition: { op: 'equal', value: v.value } } : v;
}

type ValueReading = { ok: true; value: CellValueOf } | { ok: false; problem: GrammarProblem };

/** One value of the fact's kind, from a cell or a part of its text. */
function valueOf(kind: FactKind, fact: string, cell: CellValue, text: string): ValueReading {
  switch (kind) {
    case 'number':
    case 'wholeNumber': {
      const n = parseNumber(cell);
      if (n === undefined) return { ok: false, problem: { code: 'badNumber', text } };
      if (kind === 'wholeNumber' && !Number.isInteger(n)) {
        const pair = /^(\d+),(\d+)$/.exec(text);
        return { ok: false, problem: { code: 'notWhole', text, suggestion: pair ? `${pair[1]}; ${pair[2]}` : null } };
      }
      return { ok: true, value: n };
    }
    case 'date': {
      const iso = parseDate(cell);
      return iso === undefined ? { ok: false, problem: { code: 'badDate', text } } : { ok: true, value: iso };
    }
    case 'label': {
      const label = labelFact(fact)!;
      const value = label.read(text);
      if (value !== undefined) return { ok: true, value };
      const allowed = label.values.map((v) => labelText(fact as LabelFactName, v));
      return { ok: false, problem: { code: 'unknownLabel', text, allowed, suggestion: nearest(text, allowed) ?? null } };
    }
    case 'text':
      return { ok: true, value: text };
  }
}

function listOf(kind: FactKind, fact: string, text: string): { ok: true; values: CellValueOf[] } | { ok: false; problem: GrammarProblem } {
  const values: CellValueOf[] = [];
  for (const item of text.split(LIST_SEPARATOR)) {
    if (item === '') continue;
    const v = valueOf(kind, fact, item, item);
    if (!v.ok) return v;
    values.push(v.value);
  }
  return { ok: true, values };
}

function range(kind: FactKind, fact: string, left: string, right: string, text: string): CellReading {
  const min = valueOf(kind, fact, left.trim(), left.trim());
  if (!min.ok) return min;
  const max = valueOf(kind, fact, right.trim(), right.trim());
  if (!max.ok) return max;
  if (min.value > max.value) return fail({ code: 'rangeReversed', text, min: min.value, max: max.value });
  return { ok: true, condition: { op: 'between', min: min.value, max: max.value } };
}

/** Every way to cut "X til Y", "X–Y" or "X-Y" in two, words first; a minus sign is tried as a dash too. */
function rangeSplits(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of text.matchAll(/\s+til\s+/gi)) out.push([text.slice(0, m.index), text.slice(m.index! + m[0].length)]);
  for (const dash of ['–', '—', '-']) {
    for (let i = text.indexOf(dash); i >= 0; i = text.indexOf(dash, i + 1)) out.push([text.slice(0, i).trim(), text.slice(i + 1).trim()]);
  }
  return out.filter(([l, r]) => l !== '' && r !== '');
}

/** On a text fact, "103–106" or "100 til 200" asks for an interval text cannot have (a hyphen is a plain character there: 103-0417). */
function looksLikeNumberRange(text: string): boolean {
  const m = /^(?:fra\s+)?(.+?)(?:\s*[–—]\s*|\s+til\s+)(.+)$/i.exec(text);
  return m !== null && parseNumber(m[1]) !== undefined && parseNumber(m[2]) !== undefined;
}
