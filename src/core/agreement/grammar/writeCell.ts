import { CellCondition, CellValueOf, sameCondition } from './cellCondition';
import { factKind, FactKind, LabelFactName, labelFact, labelText } from './factKinds';
import { parseCell } from './parseCell';
import { dateText, numberText } from './valueText';

const WORDS = { lessThan: 'under', lessThanInclusive: 'højst', greaterThan: 'over', greaterThanInclusive: 'mindst' } as const;

/**
 * The canonical spelling of a condition in a cell (`under 4.000`, `4.000–6.000`, `103; 106`,
 * `Familiebolig`, `ikke Intern`), or null when no cell can say it. What is written is read back
 * and must mean the very same condition: a department called "alle", or text with "; " in it,
 * would read as something else, so it is not written (it goes whole into Betingelse (JSON)).
 */
export function writeCell(fact: string, condition: CellCondition): string | null {
  const kind = factKind(fact);
  if (kind === undefined) return null;
  const text = spell(kind, fact, condition);
  if (text === null) return null;
  const back = parseCell(fact, text);
  return back.ok && back.condition !== null && sameCondition(back.condition, condition) ? text : null;
}

function spell(kind: FactKind, fact: string, c: CellCondition): string | null {
  const v = (value: CellValueOf) => valueText(kind, fact, value);
  switch (c.op) {
    case 'equal':
      return v(c.value);
    case 'notEqual':
      return joined(['ikke ', v(c.value)]);
    case 'in':
      return list(c.values.map(v));
    case 'notIn':
      return joined(['ikke ', list(c.values.map(v))]);
    case 'between':
      return joined([v(c.min), '–', v(c.max)]);
    default:
      return joined([WORDS[c.op], ' ', v(c.value)]);
  }
}

function list(parts: (string | null)[]): string | null {
  return parts.includes(null) ? null : parts.join('; ');
}

function joined(parts: (string | null)[]): string | null {
  return parts.includes(null) ? null : parts.join('');
}

function valueText(kind: FactKind, fact: string, value: CellValueOf): string | null {
  switch (kind) {
    case 'number':
    case 'wholeNumber':
      return typeof value === 'number' ? numberText(value) : null;
    case 'date':
      return typeof value === 'string' ? dateText(value) : null;
    case 'label':
      return typeof value === 'string' && labelFact(fact)!.values.includes(value) ? labelText(fact as LabelFactName, value) : null;
    case 'text':
      return typeof value === 'string' ? value : null;
  }
}
