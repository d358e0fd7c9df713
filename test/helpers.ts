import { readFileSync } from 'fs';
import { join } from 'path';
import { Agreement, allocate, AllocationState, CellValue, loadAgreement, readSheet } from '../src/core';
import type { RunInputs } from '../src/core/allocation/allocate';

export const ROOT = join(__dirname, '..');
export const BUNDLED = ['standard-25', 'randers-bolig', 'domea-randers', 'ishoej-100', 'privat-udlejer', 'faaborg-flex'] as const;
/** The bundled agreements of the shapes issue 14 added: per organisation, by department group, on request. */
export const SHAPES = ['standard-25-pr-organisation', 'rammeaftale-grupper', 'esbjerg-forespoergsel'] as const;

export function bundled(id: (typeof BUNDLED)[number] | (typeof SHAPES)[number]): Agreement {
  const r = loadAgreement(readFileSync(join(ROOT, 'rules', `${id}.json`), 'utf8'), id);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.agreement;
}

export function agreementFrom(json: object): Agreement {
  const r = loadAgreement(JSON.stringify(json), 'test');
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.agreement;
}

/** Reads a table and allocates it (with a register or requests, when given); throws on a sheet error. */
export async function run(table: CellValue[][], agreement: Agreement, state: AllocationState | null = null, inputs: RunInputs = {}) {
  const sheet = readSheet(table);
  if (!sheet.ok) throw new Error(sheet.error.code);
  return allocate(sheet.rows, agreement, state, undefined, undefined, inputs);
}

/** Compact view of decisions: "unitId:outcome[:pool#position]". */
export function brief(decisions: { unitId: string; outcome: string; pool: string | null; position: number | null }[]): string[] {
  return decisions.map((d) => `${d.unitId}:${d.outcome}${d.pool ? `:${d.pool}#${d.position}` : ''}`);
}
