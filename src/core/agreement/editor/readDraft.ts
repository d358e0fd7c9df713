import * as da from '../../da';
import { CellValue } from '../../types';
import { factHeader, SHEET_FACTS } from '../grammar/factKinds';
import { AgreementModel } from '../model/types';
import { AgreementSheetCells, CellBlock } from '../sheet/cells';
import { readAgreementSheet } from '../sheet/readAgreementSheet';
import { Agreement, AgreementError } from '../types';
import { Draft, MetaField, PoolField } from './draft';

/** The field of the editor an error belongs to, so the pane can show it there. */
export type FieldKey =
  | { area: 'meta'; field: MetaField }
  | { area: 'pool'; key: string; field: PoolField }
  | { area: 'rule'; key: string; field: 'name' | 'outcome' | 'pool' | 'extra' | 'description' }
  | { area: 'cell'; key: string; fact: string };

export interface FieldError {
  /** Null when the error belongs to the agreement as a whole. */
  field: FieldKey | null;
  error: AgreementError;
}

export type DraftReading = { ok: true; agreement: Agreement; model: AgreementModel } | { ok: false; errors: FieldError[] };

const s = da.agreementSheet;
/** Where each table stands in the sheet the draft is laid out as: far apart, so a cell's row tells its table. */
const TABLE_ROWS = { meta: 1, pools: 100_001, rules: 200_001 };

/**
 * Reads a draft exactly as the agreement sheet is read (the same grammar, the same checks, the same
 * Danish messages), by laying it out as that sheet's three tables; each error comes back on the
 * field of the cell it names.
 */
export function readDraft(draft: Draft, fallbackId = s.fallbackId): DraftReading {
  const fields = new Map<string, FieldKey>();
  const at = (row: number, column: number, field: FieldKey) => fields.set(`${row}:${column}`, field);
  const cells: AgreementSheetCells = { tables: { [s.tables.agreement]: metaBlock(draft, at), [s.tables.pools]: poolBlock(draft, at), [s.tables.rules]: ruleBlock(draft, at) }, sheet: null };
  const read = readAgreementSheet(cells, fallbackId);
  if (read.ok) return read;
  return { ok: false, errors: read.errors.map((error) => ({ field: error.cell ? (fields.get(`${error.cell.row}:${error.cell.column}`) ?? null) : null, error })) };
}

type Mark = (row: number, column: number, field: FieldKey) => void;

function block(firstRow: number, values: CellValue[][]): CellBlock {
  return { sheetName: s.sheetName, firstRow, firstColumn: 0, values };
}

function metaBlock(draft: Draft, at: Mark): CellBlock {
  const f = s.fields;
  const m = draft.meta;
  const rows: [string, MetaField, string][] = [
    [f.id, 'id', m.id],
    [f.name, 'name', m.name],
    [f.parties, 'parties', m.parties],
    [f.legalBasis, 'legalBasis', m.legalBasis],
    [f.description, 'description', m.description],
    [f.defaultOutcome, 'defaultOutcome', s.defaultOutcomes[m.defaultOutcome]],
  ];
  if (m.validFrom !== '') rows.push([f.validFrom, 'validFrom', m.validFrom]);
  if (m.validTo !== '') rows.push([f.validTo, 'validTo', m.validTo]);
  rows.forEach(([, field], i) => {
    at(TABLE_ROWS.meta + 1 + i, 0, { area: 'meta', field });
    at(TABLE_ROWS.meta + 1 + i, 1, { area: 'meta', field });
  });
  return block(TABLE_ROWS.meta, [[s.metaHeaders.field, s.metaHeaders.value], ...rows.map(([label, , value]) => [label, value])]);
}

const POOL_FIELDS: PoolField[] = ['name', 'label', 'every', 'phase', 'share', 'capPerMonth', 'start', 'per', 'description'];

function poolBlock(draft: Draft, at: Mark): CellBlock {
  const h = s.poolHeaders;
  draft.pools.forEach((p, i) => POOL_FIELDS.forEach((field, c) => at(TABLE_ROWS.pools + 1 + i, c, { area: 'pool', key: p.key, field })));
  return block(TABLE_ROWS.pools, [POOL_FIELDS.map((f) => h[f]), ...draft.pools.map((p) => POOL_FIELDS.map((f) => p[f]))]);
}

function ruleBlock(draft: Draft, at: Mark): CellBlock {
  const h = s.ruleHeaders;
  const used = new Set(draft.rules.flatMap((r) => r.cells.map((c) => c.fact)));
  const facts = SHEET_FACTS.filter((f) => used.has(f));
  const headers = [h.name, ...facts.map(factHeader), h.outcome, h.pool, h.extra, h.description];
  const rows = draft.rules.map((r, i) => {
    const row = TABLE_ROWS.rules + 1 + i;
    at(row, 0, { area: 'rule', key: r.key, field: 'name' });
    facts.forEach((fact, c) => at(row, 1 + c, { area: 'cell', key: r.key, fact }));
    (['outcome', 'pool', 'extra', 'description'] as const).forEach((field, c) => at(row, 1 + facts.length + c, { area: 'rule', key: r.key, field }));
    return [r.name, ...facts.map((fact) => r.cells.find((c) => c.fact === fact)?.text ?? ''), s.outcomes[r.outcome], r.outcome === 'pool' ? r.pool : '', r.extra, r.description];
  });
  return block(TABLE_ROWS.rules, [headers, ...rows]);
}

/** A field as one string, for finding its errors and for the pane's element ids. */
export function fieldId(f: FieldKey): string {
  return f.area === 'meta' ? `meta.${f.field}` : f.area === 'cell' ? `cell.${f.key}.${f.fact}` : `${f.area}.${f.key}.${f.field}`;
}

/** The errors on one field. */
export function errorsOn(errors: readonly FieldError[], field: FieldKey): AgreementError[] {
  const id = fieldId(field);
  return errors.filter((e) => e.field !== null && fieldId(e.field) === id).map((e) => e.error);
}
