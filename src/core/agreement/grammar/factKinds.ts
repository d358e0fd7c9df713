import * as da from '../../da';
import { FIELDS } from '../../sheet/fields';
import { fieldForHeader } from '../../sheet/headers';
import { parseAreaStatus, parseHousingType, parseLettingType } from '../../sheet/labels';
import { FactKind, NOT_COLUMNS } from './factTable';

export type { FactKind } from './factTable';
export { factHeader } from './factTable';

export type LabelFactName = 'housingType' | 'areaStatus' | 'lettingType';

/** A label fact: the values the sheet reader gives it, and how a Danish label is read into one. */
export interface LabelFact {
  values: readonly string[];
  read(text: string): string | undefined;
}

export const LABEL_FACTS: Readonly<Record<LabelFactName, LabelFact>> = {
  housingType: { values: ['familie', 'ungdom', 'aeldre'], read: parseHousingType },
  // In a cell, empty means no condition, so "ingen" (not on the national lists) names the empty status.
  areaStatus: { values: ['', 'udsat', 'forebyggelse', 'omdannelse', 'parallelsamfund'], read: (s) => (s === '' || s.trim().toLowerCase() === 'ingen' ? '' : parseAreaStatus(s)) },
  lettingType: { values: ['ekstern', 'intern', 'bytte'], read: parseLettingType },
};

export function labelFact(fact: string): LabelFact | undefined {
  return Object.prototype.hasOwnProperty.call(LABEL_FACTS, fact) ? LABEL_FACTS[fact as LabelFactName] : undefined;
}

const KINDS: ReadonlyMap<string, FactKind> = new Map<string, FactKind>([
  ...FIELDS.map((f): [string, FactKind] => [f.key, f.key === 'rooms' ? 'wholeNumber' : f.kind === 'number' ? 'number' : f.kind === 'date' ? 'date' : f.kind === 'text' ? 'text' : 'label']),
  ...Object.entries(NOT_COLUMNS).map(([key, f]): [string, FactKind] => [key, f.kind]),
]);

/** Facts in the order their columns stand in an agreement sheet: the vacancy sheet's order. */
export const SHEET_FACTS: readonly string[] = [...KINDS.keys()];

export function factKind(fact: string): FactKind | undefined {
  return KINDS.get(fact);
}

/** A column header of the agreement sheet's rules → its fact, by the vacancy sheet's names and variants. */
export function factForHeader(header: string): string | undefined {
  const known = fieldForHeader(header);
  if (known !== undefined) return known;
  const lower = header.trim().toLowerCase();
  return Object.entries(NOT_COLUMNS).find(([, f]) => f.header.toLowerCase() === lower)?.[0];
}

/** The Danish label written for a value of a label fact (the canonical spelling). */
export function labelText(fact: LabelFactName, value: string): string {
  return (da.labels[fact] as Record<string, string>)[value];
}
