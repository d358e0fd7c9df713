import type { FakeWorkbook } from './fakeWorkbook';

/**
 * Excel's undo stack, for the fake: "When false, each context.sync() call creates an undo record.
 * When true, all context.sync() calls in a single Excel.run are merged into one undo group"
 * (Excel.RunOptions.mergeUndoGroup, ExcelApi 1.20,
 * https://learn.microsoft.com/javascript/api/excel/excel.runoptions). A record is the workbook as
 * it was before; Ctrl+Z puts it back. No page says whether custom XML parts are in it, so a switch
 * decides (`reachesParts`).
 */
export class UndoStack {
  private readonly records: (() => void)[] = [];
  /** Whether an undo puts custom XML parts back too. */
  reachesParts = true;

  constructor(private readonly workbook: FakeWorkbook) {}

  /** Called before a request that writes; `merged` when it is not the first of a merged Excel.run. */
  beforeWrite(merged: boolean): void {
    if (!merged) this.records.push(this.workbook.snapshot(this.reachesParts));
  }

  get depth(): number {
    return this.records.length;
  }

  /** Ctrl+Z: the last undo record is put back. */
  undo(): void {
    const restore = this.records.pop();
    if (!restore) throw new Error('nothing to undo');
    restore();
  }
}
