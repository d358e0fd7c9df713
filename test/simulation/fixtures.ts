import { CellValue, readSheet, SheetRow } from '../../src/core';
import { agreementFrom } from '../helpers';

export const HEADERS = ['Lejemål', 'Afdeling', 'Boligtype', 'Husleje', 'Forbrug', 'Husleje inkl. forbrug', 'Ledig fra', 'Områdestatus', 'Udlejning', 'Huslejenedsættelse'];

export interface UnitSpec {
  id: string;
  date?: string;
  rent?: number | '';
  consumption?: number | '';
  incl?: number | '';
  reduction?: number | '';
  department?: string;
  area?: string;
  type?: string;
  letting?: string;
}

/** A vacancy sheet from short specs; unset cells stay empty, so the reader derives what it derives. */
export function sheetRows(units: UnitSpec[]): SheetRow[] {
  const table: CellValue[][] = [
    HEADERS,
    ...units.map((u) => [u.id, u.department ?? '1', u.type ?? 'familie', u.rent ?? '', u.consumption ?? '', u.incl ?? '', u.date ?? '', u.area ?? '', u.letting ?? '', u.reduction ?? '']),
  ];
  const read = readSheet(table);
  if (!read.ok) throw new Error(read.error.code);
  const bad = read.rows.find((r) => r.vacancy === null);
  if (bad) throw new Error(JSON.stringify(bad.errors));
  return read.rows;
}

/** Every vacancy but internal lettings goes to the municipality: isolates the measures from quota arithmetic. */
export const ALL = agreementFrom({
  id: 'alle',
  rules: [
    { name: 'Intern', priority: 100, conditions: { all: [{ fact: 'lettingType', operator: 'equal', value: 'intern' }] }, event: { type: 'exclude' } },
    { name: 'Alle', conditions: { all: [{ fact: 'lettingType', operator: 'notEqual', value: 'intern' }] }, event: { type: 'allocate' } },
  ],
});

/** Nothing goes to the municipality: a second variant that must measure all zeros. */
export const NONE = agreementFrom({
  id: 'ingen',
  rules: [{ name: 'Ingen', conditions: { all: [{ fact: 'lettingType', operator: 'notEqual', value: 'intern' }] }, event: { type: 'waitlist' } }],
});
