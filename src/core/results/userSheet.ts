import { readSheetSteps, SheetReadOptions, SheetReadResult } from '../sheet/readSheet';
import { CellTable } from '../types';
import { withoutResultColumns } from './stripResults';

/**
 * The sheet as the user made it (the add-in's own result columns left out), read as vacancies, one
 * step at a time: the one way every reader of a vacancy sheet or a letting log starts. `cells` is
 * the table that was read, for a caller that reads more columns from it (the letting log's).
 */
export function readUserSheetSteps(table: CellTable, options: SheetReadOptions = {}): { cells: CellTable; steps: Generator<number, SheetReadResult, void> } {
  const cells = withoutResultColumns(table);
  // Rows can be let go only from the caller's own table, not from the blanked copy it never sees.
  const releaseRows = options.releaseRows === true && cells === table;
  return { cells, steps: readSheetSteps(cells, { ...options, releaseRows }) };
}

/** readUserSheetSteps all at once. */
export function readUserSheet(table: CellTable, options: SheetReadOptions = {}): { cells: CellTable; sheet: SheetReadResult } {
  const { cells, steps } = readUserSheetSteps(table, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return { cells, sheet: step.value };
  }
}
