import { CellBlock, CellValue } from '../types';
import type { ResultWrite } from './resultPlan';

/**
 * The snapshot as the sheet reads after the result block went in: what a read right after the run
 * would give, so the pane need not read the sheet again (the block lies in the snapshot's rows; the
 * rows are as wide as the widest, as a read of a range gives them).
 */
export function withResultsWritten<T extends CellBlock>(snapshot: T, write: ResultWrite): T {
  const offset = write.startColumn - snapshot.firstColumn;
  const blockWidth = write.values[0]?.length ?? 0;
  const width = Math.max(offset + blockWidth, ...snapshot.values.map((r) => r.length));
  const values: CellValue[][] = snapshot.values.map((row, i) => {
    const out: CellValue[] = Array.from({ length: width }, (_, c) => row[c] ?? null);
    const written = write.values[snapshot.firstRow + i - write.headerRow];
    if (written) written.forEach((v, c) => (out[offset + c] = v));
    return out;
  });
  return { ...snapshot, values };
}
