import * as da from '../../da';
import { isRecord } from '../../util/isRecord';
import { toLeaves } from '../grammar/cellCondition';
import { factForHeader, factHeader, SHEET_FACTS } from '../grammar/factKinds';
import { parseCell } from '../grammar/parseCell';
import { isRoot } from '../model/fromAgreement';
import { FactCell, RuleModel, RuleOutcome } from '../model/types';
import { parseJson } from '../parseJson';
import { AgreementError, ConditionTree, PoolSpec } from '../types';
import { FoundBlock } from './blocks';
import { mapColumns } from './columns';
import { Locator } from './place';
import { DataRow, TableCells } from './tableCells';

type RuleColumn = keyof typeof da.agreementSheet.ruleHeaders;

/** The Regler table: one rule a row, in decision order. `broken` lists the rows with a cell error. */
export function readRules(found: FoundBlock, pools: readonly PoolSpec[]): { rules: RuleModel[]; errors: AgreementError[]; locate: Locator; broken: Set<number> } {
  const s = da.agreementSheet;
  const t = new TableCells(found);
  const errors: AgreementError[] = [];
  const { columns, others: factColumns } = mapColumns(t, s.ruleHeaders, factForHeader, SHEET_FACTS.map(factHeader), errors);
  // Fact columns in the order they stand: the order of the conditions the row becomes.
  const facts = [...factColumns.entries()].sort((a, b) => a[1] - b[1]);
  const { items: rules, broken } = t.readEach((row) => readRule(t, row, columns, facts, pools, errors), errors);
  const locate: Locator = (path) => {
    const i = path[1] as number;
    const row = t.rows[i];
    if (row === undefined) return { table: t, row: -1, column: 0 };
    return locateInRule(t, row, rules[i], columns, factColumns, path.slice(2));
  };
  return { rules, errors, locate, broken };
}

function readRule(t: TableCells, row: DataRow, columns: Partial<Record<RuleColumn, number>>, facts: [string, number][], pools: readonly PoolSpec[], errors: AgreementError[]): RuleModel {
  const text = (k: RuleColumn) => (columns[k] === undefined ? '' : t.text(row, columns[k]!));
  const cells: FactCell[] = [];
  for (const [fact, column] of facts) {
    const read = parseCell(fact, t.value(row, column));
    if (!read.ok) errors.push(t.error(row, column, { code: 'badCondition', values: { fact, header: t.headers[column], problem: read.problem } }));
    else if (read.condition !== null) cells.push({ fact, condition: read.condition });
  }
  const { outcome, pool } = readOutcome(t, row, columns, text('outcome'), text('pool'), pools, errors);
  return { name: text('name'), description: text('description'), cells, extra: readExtra(t, row, columns.extra, errors), outcome, pool };
}

function readOutcome(
  t: TableCells,
  row: DataRow,
  columns: Partial<Record<RuleColumn, number>>,
  outcomeText: string,
  poolText: string,
  pools: readonly PoolSpec[],
  errors: AgreementError[],
): { outcome: RuleOutcome; pool: string | null } {
  const outcomeColumn = columns.outcome ?? columns.name ?? 0;
  let outcome = outcomeText === '' ? (poolText !== '' ? 'pool' : null) : outcomeFor(outcomeText);
  if (outcome === null) {
    errors.push(outcomeText === '' ? t.error(row, outcomeColumn, { code: 'missingOutcome', values: {} }) : t.error(row, outcomeColumn, { code: 'badOutcome', values: { text: outcomeText } }));
    // A pool named beside an outcome that cannot be read was surely meant: say nothing more of it.
    outcome = poolText !== '' ? 'pool' : 'waitlist';
  }
  const poolColumn = columns.pool ?? outcomeColumn;
  if (outcome !== 'pool') {
    if (poolText !== '') errors.push(t.error(row, poolColumn, { code: 'poolNotUsed', values: { outcome: outcomeText, pool: poolText } }));
    return { outcome, pool: null };
  }
  if (poolText === '') {
    errors.push(t.error(row, poolColumn, { code: 'missingPool', values: {} }));
    return { outcome, pool: '' };
  }
  // The pool by its name, or by its label as a person may well write it; an unknown one is told by the agreement's check.
  const lower = poolText.toLowerCase();
  const pool = pools.find((p) => p.name === poolText) ?? pools.find((p) => p.name.toLowerCase() === lower) ?? pools.find((p) => p.label?.toLowerCase() === lower);
  return { outcome, pool: pool?.name ?? poolText };
}

function outcomeFor(text: string): RuleOutcome | null {
  const s = da.agreementSheet;
  const lower = text.toLowerCase();
  for (const key of Object.keys(s.outcomes) as RuleOutcome[]) {
    if (s.outcomes[key].toLowerCase() === lower || (s.outcomeVariants[key] as readonly string[]).includes(lower)) return key;
  }
  return null;
}

function readExtra(t: TableCells, row: DataRow, column: number | undefined, errors: AgreementError[]): ConditionTree | null {
  if (column === undefined) return null;
  const text = t.text(row, column);
  if (text === '') return null;
  const parsed = parseJson(text);
  if (!parsed.ok) {
    errors.push(t.error(row, column, { code: 'badJson', values: { text, error: parsed.error } }));
    return null;
  }
  if (!isRecord(parsed.value)) {
    errors.push(t.error(row, column, { code: 'extraNotCondition', values: { text } }));
    return null;
  }
  return parsed.value;
}

/**
 * The cell a path inside rules[i] came from: conditions.all[k] is the k-th condition the fact
 * cells wrote (a range writes two), the one after them Betingelse (JSON); a rule of nothing but
 * Betingelse (JSON) has it as its root.
 */
function locateInRule(t: TableCells, row: DataRow, rule: RuleModel, columns: Partial<Record<RuleColumn, number>>, factColumns: Map<string, number>, rest: (string | number)[]): ReturnType<Locator> {
  const nameColumn = columns.name ?? 0;
  if (rest[0] === 'event') return { table: t, row, column: rest[2] === 'pool' ? (columns.pool ?? columns.outcome ?? nameColumn) : (columns.outcome ?? nameColumn) };
  if (rest[0] !== 'conditions') return { table: t, row, column: rest[0] === 'description' ? (columns.description ?? nameColumn) : nameColumn };
  const extraColumn = columns.extra ?? nameColumn;
  const leafFacts = rule.cells.flatMap((c) => toLeaves(c.fact, c.condition).map(() => c.fact));
  if (leafFacts.length === 0 && rule.extra !== null && isRoot(rule.extra)) return { table: t, row, column: extraColumn, inner: rest.slice(1) };
  if (rest[1] !== 'all' || typeof rest[2] !== 'number') return { table: t, row, column: nameColumn };
  const k = rest[2];
  if (k < leafFacts.length) return { table: t, row, column: factColumns.get(leafFacts[k]) ?? nameColumn };
  return { table: t, row, column: extraColumn, inner: rest.slice(3) };
}
