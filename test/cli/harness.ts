import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { ROOT } from '../helpers';

export const rules = (id: string) => join(ROOT, 'rules', `${id}.json`);

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'anvisning-cli-'));
}

/** Runs the command line in-process and captures what it prints. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

export function writeCsv(dir: string, name: string, rows: (string | number)[][], delimiter = ';'): string {
  const path = join(dir, name);
  writeFileSync(path, rows.map((r) => r.join(delimiter)).join('\r\n') + '\r\n');
  return path;
}

export async function writeXlsx(dir: string, name: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheetName);
    rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 1, c + 1).value = v as ExcelJS.CellValue)));
  }
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

export async function readXlsx(path: string, sheet?: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = sheet ? wb.getWorksheet(sheet)! : wb.worksheets[0];
  const rows: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) row.push(ws.getCell(r, c).value ?? null);
    rows.push(row);
  }
  return rows;
}
