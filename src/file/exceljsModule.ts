import type ExcelJS from 'exceljs';

let loaded: typeof ExcelJS | undefined;

/**
 * exceljs, loaded on first use. Loading it takes about 0.4 s, most of a small run's time; a run on a
 * CSV sheet with a JSON agreement never needs it, so the command line must not load it at start.
 */
export function exceljs(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- required on first use, not at start (see above)
  loaded ??= require('exceljs') as typeof ExcelJS;
  return loaded;
}
