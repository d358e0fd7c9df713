import { SheetReadResult } from '../core';
import { DataTarget, RangeSnapshot, WorkbookPort } from '../port/workbookPort';
import { readTarget } from './dataTarget';
import { ColumnOverrides, DataSheet, readVacancies } from './readVacancies';
import { NO_SIDE_SHEETS, SideSheets } from './sideTables';
import { Slicer } from '../core/util';

/** The data the pane's actions work on, as the pane shows it. */
export interface PaneData {
  target: DataTarget | null;
  snapshot: RangeSnapshot | null;
  sheet: SheetReadResult | null;
  overrides: ColumnOverrides;
  reading: boolean;
  /** The workbook has no sheet of the user's (only the add-in's own). */
  noData: boolean;
  /** The sheets Afdelinger and Forespørgsler the workbook has, used beside the data. */
  sideSheets: SideSheets;
}

export const NO_PANE_DATA: PaneData = { target: null, snapshot: null, sheet: null, overrides: {}, reading: true, noData: false, sideSheets: NO_SIDE_SHEETS };

/**
 * Reads the data the pane names (see readTarget). Column mappings belong to one sheet's columns:
 * another sheet starts without them.
 */
export async function readPaneData(port: WorkbookPort, current: DataTarget | null, followSelection: boolean, overrides: ColumnOverrides, slicer?: Slicer): Promise<PaneData> {
  const found = await readTarget(port, current, followSelection);
  if (found === null) return { target: null, snapshot: null, sheet: null, overrides, reading: false, noData: true, sideSheets: NO_SIDE_SHEETS };
  const kept = found.target.sheetName === current?.sheetName ? overrides : {};
  const sheet = await readVacancies(found.snapshot, kept, slicer);
  return { target: found.target, snapshot: found.snapshot, sheet, overrides: kept, reading: false, noData: false, sideSheets: found.sideSheets };
}

/** The pane's data after a job read it (and perhaps wrote results beside it): no need to read it again. */
export function adoptRead(data: PaneData, read: DataSheet): PaneData {
  return { ...data, target: { sheetName: read.snapshot.sheetName, tableName: read.snapshot.tableName }, snapshot: read.snapshot, sheet: read.sheet, reading: false, noData: false };
}
