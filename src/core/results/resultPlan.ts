import { Agreement } from '../agreement/types';
import * as da from '../da';
import { isBlank, lastFilled } from '../sheet/cellText';
import { CellBlock, CellValue, Decision } from '../types';
import { fingerprint } from './fingerprint';
import { fitCell } from './excelLimits';
import { ResultCell, resultCells, resultColumnStart } from './resultCells';
import { BlockPrint, cutShort } from './undoBlocks';

/** The data results go beside: its cells, and the Excel table they are in, if any (the port's RangeSnapshot is one). */
type DataCells = CellBlock & { readonly tableName: string | null };

/** What the add-in last wrote, so a re-run can tell its own cells from the user's. */
export interface ResultFingerprint {
  sheetName: string;
  headerRow: number;
  startColumn: number;
  rowCount: number;
  hash: string;
  /** The blocks the write went to Excel in (one request, one undo step each), so a write cut short by Ctrl+Z is known as the add-in's. */
  blocks?: BlockPrint[];
}

/** The result block to write: values[0] is the header row; one row per sheet row below it. */
export interface ResultWrite {
  sheetName: string;
  headerRow: number;
  /** 0-based sheet column of "Anvisning". */
  startColumn: number;
  values: ResultCell[][];
  /** What the five columns held in those rows before (the add-in's earlier results, or nothing). */
  before: CellValue[][];
  /** The Anvisning text that marks a municipal row, for the conditional format. */
  municipalityLabel: string;
}

/** Where a plan was refused: the block's place, and the sheet rows found not to be the add-in's (empty when only the fingerprint tells). */
export interface RefusedBlock {
  sheetName: string;
  headerRow: number;
  startColumn: number;
  rowCount: number;
  rows: number[];
  /** Whether the add-in has a record of writing there (so the cells were edited), or not (so they are someone else's). */
  edited: boolean;
}

export type ResultPlan = { ok: true; write: ResultWrite; fingerprint: ResultFingerprint } | { ok: false; error: string; refused: RefusedBlock };

/**
 * Where and what to write. The block goes over the add-in's own earlier block (only if its cells
 * still hold exactly what was written) or into the empty columns right of the data.
 */
export function planResultWrite(
  snapshot: DataCells,
  headerRow: number,
  decisions: readonly Decision[],
  agreement: Agreement,
  previous: ResultFingerprint | null,
  pending: ResultFingerprint | null = null,
): ResultPlan {
  const headerIndex = headerRow - snapshot.firstRow;
  const width = snapshot.values.reduce((w, row) => Math.max(w, lastFilled(row) + 1), 0);
  // Beside an Excel table, one column is left empty: Excel takes a column typed right of a table
  // into the table and renames a header that repeats one of the table's ("Pulje2"), see
  // https://learn.microsoft.com/office/vba/api/excel.autocorrect.autoexpandlistrange.
  const free = snapshot.tableName === null ? width : width + 1;
  const localStart = resultColumnStart(snapshot.values[headerIndex] ?? [], width, free);
  const startColumn = snapshot.firstColumn + localStart;
  const rowCount = snapshot.values.length - headerIndex;

  const existing = snapshot.values.slice(headerIndex).map((row) => da.resultColumns.map((_, i) => (localStart < width ? (row[localStart + i] ?? null) : null)));
  if (localStart < width) {
    const problem = checkOwnBlock(existing, snapshot.sheetName, headerRow, startColumn, [previous, pending]);
    if (problem) return { ok: false, error: problem.error, refused: { sheetName: snapshot.sheetName, headerRow, startColumn, rowCount, rows: problem.rows, edited: problem.edited } };
  }

  // A rule name longer than a cell holds is cut (with a note) before it is fingerprinted, so the
  // next run compares what the cell really holds.
  const byRow = new Map(decisions.map((d) => [d.row, resultCells(d, agreement).map(fitCell)]));
  const values: ResultCell[][] = [[...da.resultColumns]];
  for (let r = headerRow + 1; r < headerRow + rowCount; r++) values.push(byRow.get(r) ?? [null, null, null, null, null]);
  return {
    ok: true,
    write: { sheetName: snapshot.sheetName, headerRow, startColumn, values, before: existing.slice(0, values.length), municipalityLabel: da.outcomeLabel.municipality },
    fingerprint: { sheetName: snapshot.sheetName, headerRow, startColumn, rowCount, hash: fingerprint(values) },
  };
}

/**
 * Whether the cells where the block goes are the add-in's: as it last wrote them (`previous`), or
 * as a write of its own that Ctrl+Z cut short left them (`pending`: a write begun after the stored
 * data and never finished). Rows added below since are fine as long as their result cells are empty.
 */
function checkOwnBlock(
  existing: CellValue[][],
  sheetName: string,
  headerRow: number,
  startColumn: number,
  known: (ResultFingerprint | null)[],
): { error: string; rows: number[]; edited: boolean } | null {
  const here = known.filter((f): f is ResultFingerprint => f !== null && f.sheetName === sheetName && f.headerRow === headerRow && f.startColumn === startColumn);
  if (here.length > 0) return here.some((f) => isOwnWrite(existing, f)) ? null : { error: da.workbook.resultsEdited(sheetName), rows: [], edited: true };
  // No record of writing here (e.g. a file from the command line): accept only cells that look like ours.
  const labels = new Set<string>(Object.values(da.outcomeLabel));
  const foreign = existing.flatMap((row, i) => (i > 0 && !isBlank(row[0]) && !labels.has(String(row[0]).trim()) ? [headerRow + i] : []));
  return foreign.length === 0 ? null : { error: da.workbook.notOurs(sheetName), rows: foreign, edited: false };
}

/**
 * Whether the result block a fingerprint describes still holds what the add-in wrote there (or a
 * write of its own that Ctrl+Z cut short), as the snapshot of its sheet shows it.
 */
export function stillOwnWrite(snapshot: CellBlock, f: ResultFingerprint, pending: ResultFingerprint | null = null): boolean {
  const cells = snapshot.values.slice(f.headerRow - snapshot.firstRow).map((row) => da.resultColumns.map((_, i) => row[f.startColumn - snapshot.firstColumn + i] ?? null));
  const here = (x: ResultFingerprint | null) => x !== null && x.sheetName === f.sheetName && x.headerRow === f.headerRow && x.startColumn === f.startColumn;
  return [f, pending].some((x) => here(x) && isOwnWrite(cells, x!));
}

function isOwnWrite(existing: CellValue[][], f: ResultFingerprint): boolean {
  const blankRow = (row: readonly CellValue[]) => row.every(isBlank);
  const written = existing.slice(0, f.rowCount);
  if (written.length === f.rowCount && fingerprint(written) === f.hash && existing.slice(f.rowCount).every(blankRow)) return true;
  return f.blocks !== undefined && cutShort(existing, f.blocks, blankRow);
}
