import { toExcelSerial } from '../sheet/dates';
import { CellValue } from '../types';
import { fitCell } from './excelLimits';
import { fingerprint } from './fingerprint';
import { isDateCell, ReportCell } from './resultCells';

/** One table of a report sheet, under its title. */
export interface ReportTable {
  title: string;
  headers: string[];
  rows: ReportCell[][];
}

/**
 * A chart over one of the report's tables: the first column gives the categories (years, months),
 * every other column is a series (one per agreement variant).
 */
export interface ChartSpec {
  title: string;
  table: number;
  kind: 'column' | 'line';
}

/** The sheets the add-in makes and owns: one of each kind, replaced when it is made again. */
export type ReportKind = 'offerList' | 'check' | 'simulation';

export interface ReportSheet {
  kind: ReportKind;
  /** The name the sheet gets (made unique against the user's own sheets). */
  baseName: string;
  tables: ReportTable[];
  /** Whether each table sits under its bold title (a report), or alone from A1 (the offer list). */
  titled: boolean;
  charts: ChartSpec[];
}

/** Where one table of a report lies: its header row (1-based), rows below it, and width. */
export interface TableArea {
  titleRow: number | null;
  headerRow: number;
  rows: number;
  width: number;
}

export interface ReportLayout {
  /** Every cell of the sheet from A1, as written. */
  grid: ReportCell[][];
  tables: TableArea[];
  width: number;
}

/** Rows between one table and the next title. */
const GAP = 2;

/**
 * The one layout both adapters write: each table under its title with two empty rows between,
 * or a single table from A1. An empty table keeps one empty row, because Excel tables cannot be empty.
 */
export function layoutReport(sheet: Pick<ReportSheet, 'tables' | 'titled'>): ReportLayout {
  const grid: ReportCell[][] = [];
  const tables: TableArea[] = [];
  let width = 1;
  sheet.tables.forEach((t, i) => {
    if (i > 0) for (let g = 0; g < GAP; g++) grid.push([]);
    const titleRow = sheet.titled ? grid.push([t.title]) : null;
    const body = t.rows.length > 0 ? t.rows : [t.headers.map(() => null)];
    const headerRow = grid.push([...t.headers]);
    // A text longer than an Excel cell holds (an address typed into a CSV) is cut, with a note.
    for (const r of body) grid.push(Array.from({ length: t.headers.length }, (_, c) => fitCell(r[c] ?? null)));
    tables.push({ titleRow, headerRow, rows: body.length, width: t.headers.length });
    width = Math.max(width, t.headers.length);
  });
  return { grid, tables, width };
}

/**
 * A fingerprint of a report's cells that reads the same from what was written and from what a
 * sheet gives back: a date is its serial number (Excel hands dates back as numbers, a file as
 * dates), empty cells and trailing empty rows do not count.
 */
export function reportFingerprint(cells: readonly (readonly (ReportCell | CellValue)[])[]): string {
  const canonical = cells.map((row) => row.map((c) => (isDateCell(c) ? toExcelSerial(c.date) : c instanceof Date ? toExcelSerial(c.toISOString().slice(0, 10)) : c)));
  const trimmed = canonical.map((row) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined || row[end - 1] === '')) end--;
    return row.slice(0, end);
  });
  while (trimmed.length > 0 && trimmed[trimmed.length - 1].length === 0) trimmed.pop();
  return fingerprint(trimmed as CellValue[][]);
}
