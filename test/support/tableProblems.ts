import { CellValue } from '../../src/core';
import { TableProblem } from '../../src/core/tables/sideTable';

/** The problems a reader of a side table (register, requests) finds in a table it must refuse; throws when it accepts it. */
export function problemsOf(read: (table: CellValue[][]) => { ok: true } | { ok: false; problems: TableProblem[] }) {
  return (table: CellValue[][]) => {
    const r = read(table);
    if (r.ok) throw new Error('the table was read, not refused');
    return r.problems;
  };
}
