import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';

type Cell = ExcelJS.CellValue;
export type GridCell = { value: Cell; numFmt: string | undefined };

export async function openSheet(file: string, sheetName: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`${file} has no sheet '${sheetName}'`);
  return sheet;
}

/** Every cell's value and number format. */
export function grid(sheet: ExcelJS.Worksheet): GridCell[][] {
  const rows: GridCell[][] = [];
  // columnCount scans every row, so it is read once, not per cell.
  const [rowCount, columnCount] = [sheet.rowCount, sheet.columnCount];
  for (let r = 1; r <= rowCount; r++) {
    const cells: GridCell[] = [];
    for (let c = 1; c <= columnCount; c++) {
      const cell = sheet.getRow(r).getCell(c);
      cells.push({ value: cell.value ?? null, numFmt: cell.value == null ? undefined : cell.numFmt });
    }
    rows.push(cells);
  }
  return rows;
}

function isEqual(a: GridCell, b: GridCell): boolean {
  if (a.numFmt !== b.numFmt) return false;
  if (a.value instanceof Date && b.value instanceof Date) return a.value.getTime() === b.value.getTime();
  return a.value === b.value;
}

/**
 * Builds a fresh copy with `write` into a temporary folder and lists the cells where it differs
 * from the committed sheet (at most ten), so a generator test shows what changed.
 */
export async function rebuildDifferences(
  committed: ExcelJS.Worksheet,
  sheetName: string,
  fileName: string,
  write: (file: string) => Promise<unknown>,
): Promise<{ rows: [number, number]; differences: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anvisning-rebuild-'));
  try {
    const fresh = path.join(dir, fileName);
    await write(fresh);
    const expected = grid(committed);
    const actual = grid(await openSheet(fresh, sheetName));
    const differences: string[] = [];
    actual.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (expected[r] && !isEqual(cell, expected[r][c])) differences.push(`row ${r + 1} col ${c + 1}: ${JSON.stringify(cell)} ≠ ${JSON.stringify(expected[r][c])}`);
      }),
    );
    return { rows: [actual.length, expected.length], differences: differences.slice(0, 10) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
