import { CellValueOf } from '../grammar/cellCondition';
import { labelFact, labelText, LabelFactName } from '../grammar/factKinds';
import { parseCell } from '../grammar/parseCell';
import { writeCell } from '../grammar/writeCell';

/** A cell as a pick from a list: the values, and whether the condition is "ikke …". */
export interface CellChoice {
  negated: boolean;
  values: string[];
}

/**
 * The editor's drop-downs (labels, departments from the sheet) show a cell as a choice of values;
 * null when the cell says something a list cannot (a comparison, a range, or text not yet valid).
 */
export function cellChoice(fact: string, text: string): CellChoice | null {
  const read = parseCell(fact, text);
  if (!read.ok) return null;
  const c = read.condition;
  if (c === null) return { negated: false, values: [] };
  const shown = (v: CellValueOf) => (labelFact(fact) ? labelText(fact as LabelFactName, String(v)) : String(v));
  if (c.op === 'equal' || c.op === 'notEqual') return { negated: c.op === 'notEqual', values: [shown(c.value)] };
  if (c.op === 'in' || c.op === 'notIn') return { negated: c.op === 'notIn', values: c.values.map(shown) };
  return null;
}

/** The cell text for a choice, in the grammar's canonical spelling ("Familiebolig; Ungdomsbolig", "ikke 103; 106"). */
export function choiceText(fact: string, choice: CellChoice): string {
  if (choice.values.length === 0) return '';
  const listed = choice.values.join('; ');
  const read = parseCell(fact, choice.negated ? `ikke ${listed}` : listed);
  if (!read.ok || read.condition === null) return choice.negated ? `ikke ${listed}` : listed;
  return writeCell(fact, read.condition) ?? listed;
}
