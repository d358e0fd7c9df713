import * as da from '../../da';
import { parseDate } from '../../sheet/dates';
import { normaliseHeader } from '../../sheet/headers';
import { nearest } from '../../util/nearest';
import { AgreementModel } from '../model/types';
import type { AgreementIssue } from '../agreementError';
import { AgreementError, DefaultOutcome } from '../types';
import { FoundBlock } from './blocks';
import { Locator } from './place';
import { DataRow, TableCells } from './tableCells';

type MetaField = keyof typeof da.agreementSheet.fields;
export type Meta = Omit<AgreementModel, 'pools' | 'rules'>;

const FIELDS = da.agreementSheet.fields;
const FIELD_BY_NAME = new Map(Object.entries(FIELDS).map(([key, name]) => [normaliseHeader(name), key as MetaField]));

/** The Aftale table (Felt, Værdi): the agreement's id, name, parties, … and what happens when no rule holds. */
export function readMeta(found: FoundBlock | null): { meta: Meta; errors: AgreementError[]; locate: Locator } {
  if (found === null) return { meta: {}, errors: [], locate: () => null };
  const t = new TableCells(found);
  const s = da.agreementSheet;
  const errors: AgreementError[] = [];
  const fieldColumn = t.column(s.metaHeaders.field);
  const valueColumn = t.column(s.metaHeaders.value);
  if (valueColumn < 0) errors.push(t.error(-1, 0, { code: 'missingColumn', values: { table: found.table, column: s.metaHeaders.value } }));
  const rows = new Map<MetaField, DataRow>();
  const meta: Meta = {};
  for (const row of t.rows) {
    const name = t.text(row, Math.max(0, fieldColumn));
    const field = FIELD_BY_NAME.get(normaliseHeader(name));
    if (field === undefined) {
      const known = Object.values(FIELDS);
      errors.push(t.error(row, fieldColumn, { code: 'unknownSheetField', values: { field: name, suggestion: nearest(name, known) ?? null, known } }));
      continue;
    }
    if (rows.has(field)) {
      errors.push(t.error(row, fieldColumn, { code: 'duplicateField', values: { field: name } }));
      continue;
    }
    rows.set(field, row);
    const text = t.text(row, valueColumn);
    if (text === '' || valueColumn < 0) continue;
    const problem = setField(meta, field, text, t.value(row, valueColumn));
    if (problem) errors.push(t.error(row, valueColumn, problem));
  }
  const locate: Locator = (path) => {
    const field = path[0] as MetaField;
    const row = rows.get(field);
    return row === undefined ? { table: t, row: -1, column: 0 } : { table: t, row, column: valueColumn };
  };
  return { meta, errors, locate };
}

function setField(meta: Meta, field: MetaField, text: string, cell: unknown): AgreementIssue | null {
  const s = da.agreementSheet;
  switch (field) {
    case 'parties':
      meta.parties = text
        .split(';')
        .map((p) => p.trim())
        .filter((p) => p !== '');
      return null;
    case 'defaultOutcome': {
      const outcome = (Object.keys(s.defaultOutcomes) as DefaultOutcome[]).find(
        (k) => s.defaultOutcomes[k].toLowerCase() === text.toLowerCase() || (k === 'municipality' && /^kommunal anvisning$/i.test(text)),
      );
      if (outcome === undefined) return { code: 'badDefaultOutcome', values: { text } };
      meta.defaultOutcome = outcome;
      return null;
    }
    case 'validFrom':
    case 'validTo': {
      const iso = parseDate(cell as never);
      if (iso === undefined) return { code: 'badSheetDate', values: { text } };
      meta[field] = iso;
      return null;
    }
    default:
      meta[field] = text;
      return null;
  }
}
