import * as nodeFs from 'fs';
import { basename, dirname, join } from 'path';
import { FileProblem } from './errors';
import { errorCode } from './systemError';
import { writeTarget } from './targets';

export type FsForStaging = Pick<
  typeof nodeFs,
  'writeFileSync' | 'renameSync' | 'rmSync' | 'openSync' | 'fsyncSync' | 'closeSync' | 'statSync' | 'chmodSync' | 'linkSync' | 'copyFileSync' | 'existsSync'
>;

/** How a failure to write one file is told: its path and the reason in Danish, from Node's error code. */
export type WriteProblem = (path: string, code: string | undefined) => string;

interface Staged {
  target: string;
  temp: string;
  problem: WriteProblem;
}

let counter = 0;

/**
 * The files one run writes (the result file, the state), each first written in full to a
 * temporary file beside its target, then all moved into place together. A run that fails anywhere
 * (the sheet, the state's directory, a full disk) leaves every earlier file as it was and no
 * temporary file behind. Rename replaces a file atomically within its directory; if a later rename
 * fails, the files already moved are put back from a link to their old contents.
 */
export class Staging {
  private staged: Staged[] = [];

  constructor(private readonly fs: FsForStaging = nodeFs) {}

  /** Writes a target's content to its temporary file (`write` gets the temporary path); throws a Danish FileProblem. */
  async stage(path: string, write: (temp: string) => void | Promise<void>, problem: WriteProblem): Promise<void> {
    const target = writeTarget(path);
    const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${++counter}.tmp`);
    try {
      await write(temp);
      this.flush(temp);
      // The new file keeps the old one's permissions; the rename would otherwise give it the defaults.
      if (this.fs.existsSync(target)) this.fs.chmodSync(temp, this.fs.statSync(target).mode & 0o7777);
    } catch (e) {
      this.remove(temp);
      throw e instanceof FileProblem ? e : new FileProblem(problem(path, errorCode(e)));
    }
    this.staged.push({ target, temp, problem: (_, code) => problem(path, code) });
  }

  /** Moves every staged file into place, or none of them; throws a Danish FileProblem. */
  commit(): void {
    const moved: { target: string; backup: string | null }[] = [];
    let failing: Staged | undefined;
    try {
      for (const s of this.staged) {
        failing = s;
        const backup = this.fs.existsSync(s.target) ? this.keepOld(s.target) : null;
        try {
          this.fs.renameSync(s.temp, s.target);
        } catch (e) {
          if (backup !== null) this.remove(backup);
          throw e;
        }
        moved.push({ target: s.target, backup });
      }
    } catch (e) {
      for (const m of moved.reverse()) this.putBack(m.target, m.backup);
      this.discard();
      throw new FileProblem(failing!.problem(failing!.target, errorCode(e)));
    }
    for (const m of moved) if (m.backup !== null) this.remove(m.backup);
    this.staged = [];
  }

  /** Removes whatever was staged and not committed. */
  discard(): void {
    for (const s of this.staged) this.remove(s.temp);
    this.staged = [];
  }

  private flush(path: string): void {
    const fd = this.fs.openSync(path, 'r+');
    try {
      this.fs.fsyncSync(fd);
    } finally {
      this.fs.closeSync(fd);
    }
  }

  /** A second name for the old contents: a hard link where the file system has them, else a copy. */
  private keepOld(target: string): string {
    const backup = join(dirname(target), `.${basename(target)}.${process.pid}-${++counter}.old`);
    try {
      this.fs.linkSync(target, backup);
    } catch {
      this.fs.copyFileSync(target, backup);
    }
    return backup;
  }

  private putBack(target: string, backup: string | null): void {
    try {
      if (backup === null) this.fs.rmSync(target, { force: true });
      else this.fs.renameSync(backup, target);
    } catch {
      // Nothing more can be done here; the error already reported tells the user to look.
    }
  }

  private remove(path: string): void {
    try {
      this.fs.rmSync(path, { force: true });
    } catch {
      // Could not be made, or is gone already.
    }
  }
}

/** Runs `work` with a staging area; whatever it staged and did not commit is removed, whatever happened. */
export async function withStaging<T>(work: (staging: Staging) => Promise<T>, fs?: FsForStaging): Promise<T> {
  const staging = new Staging(fs);
  try {
    return await work(staging);
  } finally {
    staging.discard();
  }
}
