import { FieldKey, FIELDS } from '../../sheet/fields';
import type { FactName } from '../../types';

/**
 * How the value grammar reads a fact's cell: numbers (rooms only whole ones), text compared as
 * written, dates (compared as ISO text, as the sheet reader gives them), or one of a few labels.
 */
export type FactKind = 'number' | 'wholeNumber' | 'text' | 'date' | 'label';

/**
 * The facts that are no column of the vacancy sheet, with the column name an agreement sheet gives
 * them: the department register's group. Typed so that every such fact of Vacancy is here.
 */
export const NOT_COLUMNS: Readonly<Record<Exclude<FactName, FieldKey>, { header: string; kind: FactKind }>> = {
  departmentGroup: { header: 'Afdelingsgruppe', kind: 'text' },
};

/** The column header an agreement sheet gives a fact: the vacancy sheet's Danish name. */
export function factHeader(fact: string): string {
  return FIELDS.find((f) => f.key === fact)?.header ?? (Object.prototype.hasOwnProperty.call(NOT_COLUMNS, fact) ? NOT_COLUMNS[fact as keyof typeof NOT_COLUMNS].header : fact);
}
