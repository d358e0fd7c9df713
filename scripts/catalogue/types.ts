/**
 * The catalogue of hostile and broken input (issue 13): sheets, agreements, states and command
 * lines that a careless or hostile user might give `anvisning`, each with what the README's
 * contract says must happen. Every file a case needs is made by code when the case is set up, so
 * the repository holds no binary fixture. test/catalogue/catalogue.test.ts runs every case;
 * `npm run catalogue -- DIR` writes them all out to look at by hand.
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'fs';
import { join } from 'path';

export type Family = 'ark' | 'aftale' | 'tilstand' | 'kommandolinje';

/** What a case's run must give: the exit code of the README and a Danish message that names the place. */
export interface Expected {
  argv: string[];
  code: 0 | 1 | 2;
  /** Must match stderr when the run fails; stdout and stderr together when it completes (row errors, warnings). */
  message: RegExp;
  /** Files (paths) the run writes when it completes; nothing else may appear in the case's directory. */
  writes?: string[];
  /** A further check of what was written; returns what is wrong, or null. */
  verify?: () => string | null;
}

export interface Case {
  family: Family;
  name: string;
  /** Writes the case's files into `dir` and says how to run it. */
  setup(dir: string): Promise<Expected> | Expected;
}

/** A path as a regular expression that matches it literally. */
export function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function writeText(dir: string, name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** A CSV as Danish Excel saves it: semicolons, CRLF; cells written exactly as given (no quoting added). */
export function writeCsvRows(dir: string, name: string, rows: readonly (readonly (string | number)[])[]): string {
  return writeText(dir, name, rows.map((r) => r.join(';')).join('\r\n') + '\r\n');
}

export async function writeXlsxRows(dir: string, name: string, rows: readonly (readonly unknown[])[], sheet = 'Ledige'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 1, c + 1).value = v as ExcelJS.CellValue)));
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

export function writeJson(dir: string, name: string, value: unknown): string {
  return writeText(dir, name, JSON.stringify(value, null, 2));
}

/** The bundled agreement most cases decide under; the catalogue copies it so it can check it stays unchanged. */
export const STANDARD = {
  id: 'standard-25',
  pools: [{ name: 'familieboliger', label: 'Familieboliger', every: 4 }],
  rules: [
    { name: 'Intern udlejning undtages', priority: 100, conditions: { all: [{ fact: 'lettingType', operator: 'equal', value: 'intern' }] }, event: { type: 'exclude' } },
    { name: 'Familieboliger', priority: 10, conditions: { all: [{ fact: 'housingType', operator: 'equal', value: 'familie' }] }, event: { type: 'quota', params: { pool: 'familieboliger' } } },
  ],
};

export const HEADER = ['Lejemål', 'Afdeling', 'Boligtype', 'Rum', 'Areal', 'Husleje', 'Forbrug', 'Husleje inkl. forbrug', 'Ledig fra', 'Områdestatus', 'Udlejning', 'Huslejenedsættelse', 'Note'];

/** A valid row; `cells` replaces cells by header. */
export function row(id: string, cells: Partial<Record<(typeof HEADER)[number], string | number>> = {}, day = 1): (string | number)[] {
  const base: Record<string, string | number> = {
    Lejemål: id,
    Afdeling: '103',
    Boligtype: 'Familiebolig',
    Rum: 3,
    Areal: 75,
    Husleje: '4.500',
    Forbrug: '650',
    'Husleje inkl. forbrug': '',
    'Ledig fra': `2024-03-${String(day).padStart(2, '0')}`,
    Områdestatus: '',
    Udlejning: 'Ekstern',
    Huslejenedsættelse: '',
    Note: '',
  };
  return HEADER.map((h) => (h in cells ? cells[h]! : base[h]));
}

/** The letter Excel shows for a header's column. */
export function columnOf(header: string): string {
  return String.fromCharCode(65 + HEADER.indexOf(header));
}
