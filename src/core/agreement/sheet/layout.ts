import * as da from '../../da';
import type { ResultCell } from '../../results/resultCells';
import { factHeader, factKind, LABEL_FACTS, labelText, SHEET_FACTS } from '../grammar/factKinds';
import type { LabelFactName } from '../grammar/factKinds';
import { writeCell } from '../grammar/writeCell';
import { toLeaves } from '../grammar/cellCondition';
import { AgreementModel, RuleModel } from '../model/types';
import { PoolSpec } from '../types';
import { a1Address } from './address';

/** A drop-down on a table column: a fixed list, or the cells of a range on the same sheet. */
export interface ColumnValidation {
  /** 0-based column within the table. */
  column: number;
  /** Only the data row with this index (0-based), e.g. the Ellers row of the Aftale table; else every data row. */
  row?: number;
  list: string[] | { range: string };
  /**
   * Strict: Excel refuses other values typed in. Not strict: the list is offered, anything may be
   * typed (a label column also takes lists and "ikke …"). Either way the reading checks again,
   * because Excel does not check what is pasted.
   */
  strict: boolean;
  /** For a strict drop-down: what Excel says when another value is typed. */
  alert?: { title: string; message: string };
}

/** One Excel table of the agreement sheet, with a bold title in the row above it. */
export interface TableLayout {
  name: string;
  title: string;
  /** 1-based row of the header; the title is the row above. */
  headerRow: number;
  headers: string[];
  /** At least one row: Excel has no table without a data row. */
  rows: ResultCell[][];
  validations: ColumnValidation[];
  /** Column widths in characters. */
  widths: number[];
}

export interface AgreementSheetLayout {
  sheetName: string;
  tables: TableLayout[];
}

const s = da.agreementSheet;
const GAP = 2; // an empty row and a title row between tables

/** The agreement sheet for a model: the tables Aftale, Puljer and Regler below each other, from column A. */
export function agreementSheetLayout(model: AgreementModel): AgreementSheetLayout {
  const meta = metaTable(model, 2);
  const pools = poolTable(model.pools, meta.headerRow + meta.rows.length + 1 + GAP);
  const rules = ruleTable(model, pools, pools.headerRow + pools.rows.length + 1 + GAP);
  return { sheetName: s.sheetName, tables: [meta, pools, rules] };
}

function metaTable(model: AgreementModel, headerRow: number): TableLayout {
  const f = s.fields;
  const rows: ResultCell[][] = [
    [f.id, model.id ?? null],
    [f.name, model.name ?? null],
    [f.parties, model.parties && model.parties.length > 0 ? model.parties.join('; ') : null],
    [f.legalBasis, model.legalBasis ?? null],
    [f.description, model.description ?? null],
    [f.defaultOutcome, s.defaultOutcomes[model.defaultOutcome ?? 'waitlist']],
  ];
  if (model.validFrom !== undefined) rows.push([f.validFrom, model.validFrom]);
  if (model.validTo !== undefined) rows.push([f.validTo, model.validTo]);
  const ellers = rows.findIndex((r) => r[0] === f.defaultOutcome);
  return {
    name: s.tables.agreement,
    title: s.titles.agreement,
    headerRow,
    headers: [s.metaHeaders.field, s.metaHeaders.value],
    rows,
    validations: [{ column: 1, row: ellers, list: Object.values(s.defaultOutcomes), strict: true, alert: s.defaultOutcomeAlert }],
    // Long values run on into the empty cells to the right: a wide column B would widen the rules' first condition column too.
    widths: [16, 24],
  };
}

function poolTable(pools: PoolSpec[], headerRow: number): TableLayout {
  const h = s.poolHeaders;
  // Tælles pr. only where a pool counts per organisation or department: other agreements keep the sheet they had.
  const perColumn = pools.some((p) => p.per !== undefined);
  const rows: ResultCell[][] = pools.map((p) => [
    p.name,
    p.label ?? null,
    p.every ?? null,
    p.phase ?? null,
    shareText(p.share),
    p.capPerMonth ?? null,
    p.start ?? null,
    ...(perColumn ? [p.per === undefined ? null : s.perValues[p.per]] : []),
    p.description ?? null,
  ]);
  const headers = [h.name, h.label, h.every, h.phase, h.share, h.capPerMonth, h.start, ...(perColumn ? [h.per] : []), h.description];
  return {
    name: s.tables.pools,
    title: s.titles.pools,
    headerRow,
    headers,
    rows: rows.length > 0 ? rows : [Array<ResultCell>(headers.length).fill(null)],
    validations: perColumn ? [{ column: headers.indexOf(h.per), list: Object.values(s.perValues), strict: true, alert: s.perAlert }] : [],
    widths: [16, 30, 8, 8, 10, 16, 8, ...(perColumn ? [18] : []), 40],
  };
}

/** A share as the sheet writes it: "1/4" as written, a bare percentage (30) as "30 %". */
function shareText(share: PoolSpec['share']): string | null {
  if (share === undefined) return null;
  return typeof share === 'number' ? `${String(share).replace('.', ',')} %` : share;
}

function ruleTable(model: AgreementModel, pools: TableLayout, headerRow: number): TableLayout {
  const h = s.ruleHeaders;
  const rules = model.rules.map(sayableRule);
  const used = new Set(rules.flatMap((r) => r.cells.map((c) => c.fact)));
  const facts = SHEET_FACTS.filter((f) => used.has(f));
  const headers = [h.name, ...facts.map(factHeader), h.outcome, h.pool, h.extra, h.description];
  const rows = rules.map((r) => ruleRow(r, facts));
  const outcome = 1 + facts.length;
  const validations: ColumnValidation[] = [{ column: outcome, list: Object.values(s.outcomes), strict: true, alert: s.outcomeAlert }];
  if (model.pools.length > 0) {
    const first = pools.headerRow + 1;
    validations.push({ column: outcome + 1, list: { range: `${a1Address(first, 0, true)}:${a1Address(first + model.pools.length - 1, 0, true)}` }, strict: false });
  }
  facts.forEach((fact, i) => {
    if (factKind(fact) !== 'label') return;
    const values = LABEL_FACTS[fact as LabelFactName].values.map((v) => labelText(fact as LabelFactName, v));
    validations.push({ column: 1 + i, list: values, strict: false });
  });
  return {
    name: s.tables.rules,
    title: s.titles.rules,
    headerRow,
    headers,
    rows: rows.length > 0 ? rows : [headers.map(() => null)],
    validations,
    widths: [34, ...facts.map((f) => Math.max(14, factHeader(f).length + 4)), 12, 16, 40, 40],
  };
}

/** A cell the grammar cannot spell (possible only for a model made in memory) goes into Betingelse (JSON). */
function sayableRule(r: RuleModel): RuleModel {
  const unsaid = r.cells.filter((c) => writeCell(c.fact, c.condition) === null);
  if (unsaid.length === 0) return r;
  const parts: unknown[] = [...unsaid.flatMap((c) => toLeaves(c.fact, c.condition)), ...(r.extra === null ? [] : [r.extra])];
  return { ...r, cells: r.cells.filter((c) => !unsaid.includes(c)), extra: { all: parts } };
}

function ruleRow(r: RuleModel, facts: string[]): ResultCell[] {
  const cell = (fact: string) => {
    const c = r.cells.find((x) => x.fact === fact);
    return c === undefined ? null : writeCell(fact, c.condition);
  };
  return [r.name, ...facts.map(cell), s.outcomes[r.outcome], r.outcome === 'pool' ? r.pool : null, r.extra === null ? null : JSON.stringify(r.extra), r.description === '' ? null : r.description];
}

/** The width of each sheet column: the widest any table asks for (they stand in the same columns). */
export function columnWidths(layout: AgreementSheetLayout): number[] {
  const widths: number[] = [];
  for (const t of layout.tables) t.widths.forEach((w, c) => (widths[c] = Math.max(widths[c] ?? 0, w)));
  return widths;
}
