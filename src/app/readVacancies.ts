import { SheetReadResult } from '../core';
import { FieldKey } from '../core/sheet';
import { readUserSheetSteps } from '../core/results';
import { Slicer } from '../core/util';
import { DataTarget, RangeSnapshot, StoredData, WorkbookPort } from '../port/workbookPort';

export type ColumnOverrides = Partial<Record<FieldKey, number>>;

/**
 * The sheet as the user made it (the add-in's own result columns left out), read as vacancies:
 * the one way every job reads its data. With a slicer, the page gets a turn every couple of
 * thousand rows.
 */
export async function readVacancies(snapshot: RangeSnapshot, overrides: ColumnOverrides = {}, slicer?: Slicer, onProgress?: (rows: number, total: number) => void): Promise<SheetReadResult> {
  const { steps } = readUserSheetSteps(snapshot.values, { firstRow: snapshot.firstRow, firstColumn: snapshot.firstColumn, overrides });
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (slicer?.due()) {
      onProgress?.(step.value, snapshot.values.length);
      await slicer.pause();
    }
  }
}

export interface ReadOptions {
  overrides?: ColumnOverrides;
  slicer?: Slicer;
  onProgress?: (rows: number, total: number) => void;
}

/** A job's data: the snapshot, and it read as vacancies. */
export interface DataSheet {
  snapshot: RangeSnapshot;
  sheet: SheetReadResult;
}

/** Reads a job's data through the port (the target, else the selection's table or the active sheet), as vacancies. */
export async function readDataSheet(port: WorkbookPort, target: DataTarget | undefined, options: ReadOptions = {}): Promise<DataSheet> {
  const snapshot = await port.readData(target);
  return { snapshot, sheet: await readVacancies(snapshot, options.overrides, options.slicer, options.onProgress) };
}

/** readDataSheet, and what the workbook stores, in one read: what a run needs before it decides. */
export async function readDataSheetAndStored(port: WorkbookPort, target: DataTarget | undefined, options: ReadOptions = {}): Promise<DataSheet & { stored: StoredData }> {
  const { snapshot, stored } = await port.readDataAndStored(target);
  return { snapshot, stored, sheet: await readVacancies(snapshot, options.overrides, options.slicer, options.onProgress) };
}
