import * as da from '../../da';
import { checkAgreement, findProblems } from '../load';
import { fileFromModel } from '../model/toFile';
import { AgreementModel } from '../model/types';
import { Agreement, AgreementError } from '../types';
import { findBlock } from './blocks';
import { AgreementSheetCells } from './cells';
import { readMeta } from './readMeta';
import { readPools } from './readPools';
import { readRules } from './readRules';

export type AgreementSheetResult = { ok: true; agreement: Agreement; model: AgreementModel } | { ok: false; errors: AgreementError[] };

/**
 * Reads an agreement from its sheet: the tables Aftale, Puljer and Regler by name, else blocks
 * under header rows starting Felt, Pulje and Regel. Everything is checked here, whatever Excel's
 * drop-downs allowed (paste is not checked by Excel): first each cell, then the agreement the
 * cells make, with each of its errors put back on the cell it came from. Every error is told.
 */
export function readAgreementSheet(cells: AgreementSheetCells, fallbackId: string): AgreementSheetResult {
  const s = da.agreementSheet;
  const rulesBlock = findBlock(cells, s.tables.rules, s.ruleHeaders.name);
  if (rulesBlock === null) {
    const noSheet = cells.sheet === null && Object.keys(cells.tables).length === 0;
    return { ok: false, errors: [{ code: noSheet ? 'noSheet' : 'noRules', where: s.sheetName, values: {} }] };
  }
  const meta = readMeta(findBlock(cells, s.tables.agreement, s.metaHeaders.field));
  const pools = readPools(findBlock(cells, s.tables.pools, s.poolHeaders.name));
  const rules = readRules(rulesBlock, pools.pools);
  const model: AgreementModel = { ...meta.meta, pools: pools.pools, rules: rules.rules };
  const errors = [...meta.errors, ...pools.errors, ...rules.errors];

  const file = fileFromModel(model);
  const known = new Set(errors.map((e) => e.where));
  for (const problem of findProblems(file as unknown as Record<string, unknown>)) {
    const [head, index] = problem.path;
    // A row with a bad cell lacks what that cell said; what the checks then find is an echo of it.
    if ((head === 'pools' && pools.broken.has(index as number)) || (head === 'rules' && rules.broken.has(index as number))) continue;
    const origin = head === 'rules' ? rules.locate(problem.path) : head === 'pools' ? pools.locate(problem.path) : meta.locate(problem.path);
    const { path: _path, ...issue } = problem;
    const error: AgreementError = origin === null ? { ...issue, where: s.sheetName } : origin.table.error(origin.row, origin.column, issue, origin.inner);
    if (known.has(error.where) && origin?.inner === undefined) continue;
    known.add(error.where);
    errors.push(error);
  }
  if (errors.length > 0) return { ok: false, errors: inSheetOrder(errors) };
  const checked = checkAgreement(file, fallbackId);
  // The checks above are the ones checkAgreement runs; a difference would be a bug, told rather than hidden.
  if (!checked.ok) return { ok: false, errors: checked.errors };
  return { ok: true, agreement: checked.agreement, model };
}

/** Top to bottom, left to right, as a reader meets them. */
function inSheetOrder(errors: AgreementError[]): AgreementError[] {
  const key = (e: AgreementError) => (e.cell ? e.cell.row * 100_000 + e.cell.column : -1);
  return errors
    .map((e, i) => ({ e, i }))
    .sort((a, b) => key(a.e) - key(b.e) || a.i - b.i)
    .map(({ e }) => e);
}
