import { readSheetSteps, SheetReadResult } from '../core';
import { FieldKey } from '../core/sheet/fields';
import { withoutResultColumns } from '../core/results/stripResults';
import { Slicer } from '../core/util/slices';
import { RangeSnapshot } from '../port/workbookPort';

export type ColumnOverrides = Partial<Record<FieldKey, number>>;

/**
 * The sheet as the user made it (the add-in's own result columns left out), read as vacancies:
 * the one way every job reads its data. With a slicer, the page gets a turn every couple of
 * thousand rows.
 */
export async function readVacancies(snapshot: RangeSnapshot, overrides: ColumnOverrides = {}, slicer?: Slicer, onProgress?: (rows: number, total: number) => void): Promise<SheetReadResult> {
  const steps = readSheetSteps(withoutResultColumns(snapshot.values), { firstRow: snapshot.firstRow, firstColumn: snapshot.firstColumn, overrides });
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (slicer?.due()) {
      onProgress?.(step.value, snapshot.values.length);
      await slicer.pause();
    }
  }
}
