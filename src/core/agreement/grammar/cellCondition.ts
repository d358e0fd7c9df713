/**
 * What one cell of the agreement sheet says about one fact: the meaning of the value grammar
 * (DOMAIN.md, "The value grammar"), between the cell's text and json-rules-engine conditions.
 */
export type CellValueOf = string | number;

export type Comparison = 'lessThan' | 'lessThanInclusive' | 'greaterThan' | 'greaterThanInclusive';

export type CellCondition =
  | { op: 'equal' | 'notEqual'; value: CellValueOf }
  /** Two or more values: a list of one is `equal`, which means the same. */
  | { op: 'in' | 'notIn'; values: CellValueOf[] }
  | { op: Comparison; value: CellValueOf }
  /** X–Y: from X up to and including Y, with X ≤ Y. */
  | { op: 'between'; min: CellValueOf; max: CellValueOf };

/** One json-rules-engine fact condition with exactly these keys: the only kind a cell can say. */
export interface FactLeaf {
  fact: string;
  operator: string;
  value: unknown;
}

export const COMPARISONS: readonly Comparison[] = ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];

/** The json-rules-engine conditions a cell's condition stands for (a range is two). */
export function toLeaves(fact: string, c: CellCondition): FactLeaf[] {
  switch (c.op) {
    case 'between':
      return [
        { fact, operator: 'greaterThanInclusive', value: c.min },
        { fact, operator: 'lessThanInclusive', value: c.max },
      ];
    case 'in':
    case 'notIn':
      return [{ fact, operator: c.op, value: [...c.values] }];
    default:
      return [{ fact, operator: c.op, value: c.value }];
  }
}

const isCellValue = (v: unknown): v is CellValueOf => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/**
 * The cell condition that means exactly these conditions on one fact, or null when no cell can say
 * them: one comparison, one list, or a lower and an upper inclusive bound (X ≤ Y). A list of one
 * value is read as `equal` (indexOf and === agree on every JSON value).
 */
export function fromLeaves(leaves: readonly FactLeaf[]): CellCondition | null {
  if (leaves.length === 1) return fromLeaf(leaves[0]);
  if (leaves.length !== 2) return null;
  const lower = leaves.find((l) => l.operator === 'greaterThanInclusive');
  const upper = leaves.find((l) => l.operator === 'lessThanInclusive');
  if (!lower || !upper || !isCellValue(lower.value) || !isCellValue(upper.value) || typeof lower.value !== typeof upper.value) return null;
  return lower.value <= upper.value ? { op: 'between', min: lower.value, max: upper.value } : null;
}

function fromLeaf(leaf: FactLeaf): CellCondition | null {
  const { operator, value } = leaf;
  if (operator === 'in' || operator === 'notIn') {
    if (!Array.isArray(value) || value.length === 0 || value.length !== Object.keys(value).length || !value.every(isCellValue)) return null;
    const negated = operator === 'notIn';
    return value.length === 1 ? { op: negated ? 'notEqual' : 'equal', value: value[0] } : { op: operator, values: [...value] };
  }
  if (!isCellValue(value)) return null;
  if (operator === 'equal' || operator === 'notEqual') return { op: operator, value };
  if ((COMPARISONS as readonly string[]).includes(operator)) return { op: operator as Comparison, value };
  return null;
}

/** Equal meaning: the same operator and the same values in the same order. */
export function sameCondition(a: CellCondition, b: CellCondition): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
