import { normaliseHeader } from '../../sheet/headers';
import { nearest } from '../../util/nearest';
import { AgreementError } from '../types';
import { TableCells } from './tableCells';

/**
 * The table's columns by key, from its header row. An unknown header or a repeated one is an
 * error at the header cell; a column with no header but with content is an error at that cell.
 */
export function mapColumns<K extends string>(
  t: TableCells,
  known: Record<K, string>,
  other: (header: string) => string | undefined,
  otherNames: readonly string[],
  errors: AgreementError[],
): { columns: Partial<Record<K, number>>; others: Map<string, number> } {
  const byName = new Map(Object.entries(known).map(([key, name]) => [normaliseHeader(name as string), key as K]));
  const columns: Partial<Record<K, number>> = {};
  const others = new Map<string, number>();
  t.headers.forEach((header, c) => {
    if (header === '') {
      const filled = t.rows.find((r) => t.text(r, c) !== '');
      if (filled) errors.push(t.error(filled, c, { code: 'dataWithoutHeader', values: {} }));
      return;
    }
    const key = byName.get(normaliseHeader(header));
    const otherKey = key === undefined ? other(header) : undefined;
    const seen = key !== undefined ? columns[key] !== undefined : otherKey !== undefined && others.has(otherKey);
    if (seen) errors.push(t.error(-1, c, { code: 'duplicateColumn', values: { header } }));
    else if (key !== undefined) columns[key] = c;
    else if (otherKey !== undefined) others.set(otherKey, c);
    else {
      const names = [...(Object.values(known) as string[]), ...otherNames];
      errors.push(t.error(-1, c, { code: 'unknownColumn', values: { table: t.found.table, header, suggestion: nearest(header, names) ?? null, known: names } }));
    }
  });
  return { columns, others };
}
