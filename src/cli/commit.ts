import * as da from '../core/da';
import { CutCell } from '../file/excelFit';
import { Staging, withStaging, WriteProblem } from '../file/staging';
import { Io } from './io';

/** One file a run writes: where, how, and how a failure to write it is told. */
export interface RunOutput {
  path: string;
  /** Writes the content to the temporary path; returns the cells cut to fit Excel, if any. */
  write: (temp: string) => Promise<CutCell[] | void> | void;
  problem: WriteProblem;
}

/**
 * Writes every file of a run beside its target, then moves them all into place, or none: a run
 * that fails at the last file leaves the first as it was. Cells cut to fit Excel are told on stderr.
 */
export async function commitRun(outputs: readonly RunOutput[], io: Io): Promise<void> {
  const cut: { path: string; cells: CutCell[] }[] = [];
  await withStaging(async (staging: Staging) => {
    for (const o of outputs) {
      await staging.stage(
        o.path,
        async (temp) => {
          const cells = await o.write(temp);
          if (cells && cells.length > 0) cut.push({ path: o.path, cells });
        },
        o.problem,
      );
    }
    staging.commit();
  });
  for (const { path, cells } of cut) for (const c of cells) io.err(`${da.file.cellCut(c.sheet, c.address, c.length, path)}\n`);
}

/** How an output file that cannot be written is told. */
export const outputProblem: WriteProblem = (path, code) => da.file.cannotWrite(path, da.file.systemReason(code));
