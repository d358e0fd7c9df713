import * as da from '../../da';
import { FIELDS } from '../../sheet/fields';
import { fieldForHeader } from '../../sheet/headers';
import { parseAreaStatus, parseHousingType, parseLettingType } from '../../sheet/labels';

/**
 * How the value grammar reads a fact's cell: numbers (rooms only whole ones), text compared as
 * written, dates (compared as ISO text, as the sheet reader gives them), or one of a few labels.
 */
export type FactKind = 'number' | 'wholeNumber' | 'text' | 'date' | 'label';

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

/**
 * The department register's group (a later issue) is a text fact the agreement sheet already
 * knows by its column name, so a sheet typed for it reads the same when the register arrives.
 */
const EXTRA_FACTS: readonly { key: string; header: string; kind: FactKind }[] = [{ key: 'departmentGroup', header: 'Afdelingsgruppe', kind: 'text' }];

const KINDS: ReadonlyMap<string, FactKind> = new Map<string, FactKind>([
  ...FIELDS.map((f): [string, FactKind] => [f.key, f.key === 'rooms' ? 'wholeNumber' : f.kind === 'number' ? 'number' : f.kind === 'date' ? 'date' : f.kind === 'text' ? 'text' : 'label']),
  ...EXTRA_FACTS.map((f): [string, FactKind] => [f.key, f.kind]),
]);

/** Facts in the order their columns stand in an agreement sheet: the vacancy sheet's order. */
export const SHEET_FACTS: readonly string[] = [...KINDS.keys()];

export function factKind(fact: string): FactKind | undefined {
  return KINDS.get(fact);
}

/** The column header an agreement sheet gives a fact: the vacancy sheet's Danish name. */
export function factHeader(fact: string): string {
  return FIELDS.find((f) => f.key === fact)?.header ?? EXTRA_FACTS.find((f) => f.key === fact)?.header ?? fact;
}

/** A column header of the agreement sheet's rules → its fact, by the vacancy sheet's names and variants. */
export function factForHeader(header: string): string | undefined {
  const known = fieldForHeader(header);
  if (known !== undefined) return known;
  const lower = header.trim().toLowerCase();
  return EXTRA_FACTS.find((f) => f.header.toLowerCase() === lower)?.key;
}

/** The Danish label written for a value of a label fact (the canonical spelling). */
export function labelText(fact: LabelFactName, value: string): string {
  return (da.labels[fact] as Record<string, string>)[value];
}
