/** Excel.run, as the adapter calls it: a batch, and the run's options. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions) => Promise<T>;

/** Office.context.requirements.isSetSupported, or a stand-in for it in tests. */
export type Supports = (set: string, version: string) => boolean;

export const officeRun: ExcelRun = (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch));

/**
 * Whether the user's Excel has a requirement set, asked at run time as Microsoft says to for
 * anything above the manifest's ExcelApi 1.9
 * (https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements#check-for-api-availability-at-runtime).
 */
export const officeSupports: Supports = (set, version) => typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(set, version) === true;

/**
 * RunOptions.delayForCellEdit: a request waits while the user types in a cell instead of failing
 * with InvalidOperationInCellEditMode
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit). Its
 * reference page names no requirement set; it came with ExcelApi 1.11, so that is what is asked
 * for. Without it, the Danish message for cell edit mode (describeError) is the fallback.
 */
export const DELAY_FOR_CELL_EDIT = '1.11';

/**
 * RunOptions.mergeUndoGroup (ExcelApi 1.20): every request of one Excel.run is one undo step,
 * instead of one step per context.sync() (https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
 */
export const UNDO_GROUP = '1.20';

/** The options for one Excel.run: each only where this Excel has it. */
export function runOptions(supports: Supports, wanted: { undoGroup?: boolean } = {}): Excel.RunOptions | undefined {
  const options: Excel.RunOptions = {};
  if (supports('ExcelApi', DELAY_FOR_CELL_EDIT)) options.delayForCellEdit = true;
  if (wanted.undoGroup && supports('ExcelApi', UNDO_GROUP)) options.mergeUndoGroup = true;
  return Object.keys(options).length > 0 ? options : undefined;
}
