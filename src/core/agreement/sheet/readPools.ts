import * as da from '../../da';
import { fieldForHeader } from '../../sheet/headers';
import { parseNumber } from '../../sheet/numbers';
import { AgreementError, PoolSpec } from '../types';
import { FoundBlock } from './blocks';
import { mapColumns } from './columns';
import { Locator } from './place';
import { DataRow, TableCells } from './tableCells';

type PoolColumn = keyof typeof da.agreementSheet.poolHeaders;
const WHOLE: readonly PoolColumn[] = ['every', 'phase', 'capPerMonth', 'start'];

/** The Puljer table: one pool a row. `broken` lists the rows with a cell error: the checks that follow say nothing more of them. */
export function readPools(found: FoundBlock | null): { pools: PoolSpec[]; errors: AgreementError[]; locate: Locator; broken: Set<number> } {
  if (found === null) return { pools: [], errors: [], locate: () => null, broken: new Set() };
  const s = da.agreementSheet;
  const t = new TableCells(found);
  const errors: AgreementError[] = [];
  const { columns } = mapColumns(t, s.poolHeaders, () => undefined, [], errors);
  if (columns.name === undefined) errors.push(t.error(-1, 0, { code: 'missingColumn', values: { table: found.table, column: s.poolHeaders.name } }));
  const { items: pools, broken } = t.readEach((row) => readPool(t, row, columns, errors), errors);
  const locate: Locator = (path) => {
    const row = t.rows[path[1] as number];
    if (row === undefined) return { table: t, row: -1, column: 0 };
    const column = columns[path[2] as PoolColumn] ?? columns.name ?? 0;
    return { table: t, row, column };
  };
  return { pools, errors, locate, broken };
}

function readPool(t: TableCells, row: DataRow, columns: Partial<Record<PoolColumn, number>>, errors: AgreementError[]): PoolSpec {
  const s = da.agreementSheet;
  const text = (k: PoolColumn) => (columns[k] === undefined ? '' : t.text(row, columns[k]!));
  const name = text('name');
  if (name === '') errors.push(t.error(row, columns.name ?? 0, { code: 'poolNameMissing', values: {} }));
  const pool: PoolSpec = { name };
  if (text('label') !== '') pool.label = text('label');
  for (const key of WHOLE) {
    if (text(key) === '') continue;
    const n = parseNumber(t.value(row, columns[key]!));
    if (n === undefined || !Number.isInteger(n)) errors.push(t.error(row, columns[key]!, { code: 'notWholeNumber', values: { header: s.poolHeaders[key], text: text(key) } }));
    else (pool as unknown as Record<string, number>)[key] = n;
  }
  const share = shareOf(t.value(row, columns.share ?? -1), text('share'));
  if (share !== null) pool.share = share;
  const per = text('per');
  if (per !== '') {
    const field = fieldForHeader(per);
    if (field === 'organisation' || field === 'department') pool.per = field;
    else errors.push(t.error(row, columns.per!, { code: 'badPer', values: { text: per } }));
  }
  if (text('description') !== '') pool.description = text('description');
  return pool;
}

/**
 * A share as written ("1/4", "30 %"). A number cell holds a percentage typed into Excel as "25 %",
 * which Excel keeps as 0.25; a bare number above 1 is a percentage (30 is 30 %), as in the JSON.
 */
function shareOf(cell: unknown, text: string): string | null {
  if (text === '') return null;
  if (typeof cell !== 'number') return text;
  const percent = cell > 0 && cell <= 1 ? Number((cell * 100).toPrecision(12)) : cell;
  return `${String(percent).replace('.', ',')} %`;
}
